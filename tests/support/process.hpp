#pragma once
// Runs the built CLI (SHIXIAN_CLI) through /bin/sh for end-to-end tests and captures
// stdout, stderr and the exit code. Arguments are passed as one shell string so tests
// read like the commands a user types.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace shixian::test {

struct Result {
  int code = -1;
  std::string out, err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `SHIXIAN_CLI args` with `input` on stdin (LANG and LC_ALL unset).
inline Result run_cli(const std::string& args, const std::string& input = "") {
  static int counter = 0;
  const std::string base = "/tmp/shixian-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  const std::string in = base + ".in", out = base + ".out", err = base + ".err";
  std::ofstream(in, std::ios::binary) << input;
  const std::string cmd = "env -u LANG -u LC_ALL '" SHIXIAN_CLI "' " + args + " <" + in + " >" + out + " 2>" + err;
  const int status = std::system(cmd.c_str());
  Result r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  std::remove(in.c_str());
  std::remove(out.c_str());
  std::remove(err.c_str());
  return r;
}

// The same, with each argument quoted for the shell: run_cli_args({"calendar", "add", "x y"}).
inline Result run_cli_args(const std::vector<std::string>& args, const std::string& input = "") {
  std::string line;
  for (const auto& a : args) {
    line += " '";
    for (char c : a) {
      if (c == '\'') line += "'\\''";
      else line += c;
    }
    line += '\'';
  }
  return run_cli(line, input);
}

}  // namespace shixian::test
