// A stream command answers each line as it comes when its input is a pipe or a terminal:
// `tail -f tickets.jsonl | shixian check` once printed nothing until the input ended (its
// output was held for 64 KiB, and classify's fread waited for a whole 1 MiB block). The
// CLI is started with pipes on both ends; one line goes in, and its answer must come out
// while the input is still open.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

namespace {

// The first line the CLI writes for `input`, read while its stdin is still open (empty
// when none came within the time allowed).
std::string first_line_while_open(const std::vector<std::string>& args, const std::string& input) {
  int in[2], out[2];
  REQUIRE(::pipe(in) == 0);
  REQUIRE(::pipe(out) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 2);
    ::close(in[1]);
    ::close(out[0]);
    std::vector<char*> argv{const_cast<char*>(SHIXIAN_CLI)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(SHIXIAN_CLI, argv.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  REQUIRE(::write(in[1], input.data(), input.size()) == static_cast<ssize_t>(input.size()));
  std::string got;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (got.find('\n') == std::string::npos && std::chrono::steady_clock::now() < until) {
    pollfd p{out[0], POLLIN, 0};
    if (::poll(&p, 1, 200) <= 0) continue;
    char buf[4096];
    const ssize_t n = ::read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    got.append(buf, static_cast<std::size_t>(n));
  }
  ::close(in[1]);  // now the input ends
  ::close(out[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  const auto nl = got.find('\n');
  return nl == std::string::npos ? std::string() : got.substr(0, nl);
}

}  // namespace

TEST_CASE("check and classify answer a line from a pipe before the input ends") {
  ::signal(SIGPIPE, SIG_IGN);
  const std::string ticket = R"({"id":"s1","class":"ordinary","received":"2026-11-02T10:00"})"
                             "\n";
  const auto checked = first_line_while_open({"check", "--now", "2026-12-01T00:00"}, ticket);
  CHECK(checked.find(R"({"id": "s1", "stages": )") == 0);
  const auto classified = first_line_while_open({"classify"}, R"({"id":"c1","text":"我的卡被盗刷了"})"
                                                                "\n");
  CHECK(classified.find(R"({"id":"c1","class":"urgent")") == 0);
}
