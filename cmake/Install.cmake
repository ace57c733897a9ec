# Install rules, the CMake package (find_package(shixian) → shixian::shixian), the
# pkg-config file and the Debian packages. tests/consumers/ builds a program against
# each of them; the README's "Install" section shows the same commands.
#
# Components: `dev` (library, headers, CMake and pkg-config files, data under
# share/shixian) becomes the package libshixian-dev; `cli` (bin/shixian) the package
# shixian.
include(CMakePackageConfigHelpers)
set(shixian_cmakedir ${CMAKE_INSTALL_LIBDIR}/cmake/shixian)
set(shixian_datadir ${CMAKE_INSTALL_DATADIR}/shixian)
if(BUILD_SHARED_LIBS)
  set(shixian_shared ON)
else()
  set(shixian_shared OFF)
endif()

install(TARGETS shixian EXPORT shixianTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev NAMELINK_COMPONENT dev
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT dev)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/shixian
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev)
# The data the library embeds, as files a bank copies and edits (a next year's
# calendar, its own rule set starting from `extends = "95580"`).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${shixian_datadir} COMPONENT dev)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/libshixian-dev
  RENAME copyright COMPONENT dev)

install(EXPORT shixianTargets NAMESPACE shixian:: DESTINATION ${shixian_cmakedir} COMPONENT dev)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/shixianConfig.cmake.in
  ${PROJECT_BINARY_DIR}/shixianConfig.cmake
  INSTALL_DESTINATION ${shixian_cmakedir} PATH_VARS shixian_datadir)
# Until 1.0 a minor version may break compatibility (as the soname says).
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(shixian_compat SameMinorVersion)
else()
  set(shixian_compat SameMajorVersion)
endif()
write_basic_package_version_file(${PROJECT_BINARY_DIR}/shixianConfigVersion.cmake
  COMPATIBILITY ${shixian_compat})
install(FILES ${PROJECT_BINARY_DIR}/shixianConfig.cmake ${PROJECT_BINARY_DIR}/shixianConfigVersion.cmake
  DESTINATION ${shixian_cmakedir} COMPONENT dev)

# pkg-config. A static archive lists what it links against in Libs, not Libs.private,
# so that plain `pkg-config --cflags --libs shixian` links either kind. The prefix is
# found from the file's own place (${pcfiledir}), so an install moved elsewhere (a
# package unpacked into a scratch root, `cmake --install --prefix`) still works.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(shixian_pc_prefix "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH shixian_pc_up "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
  string(REGEX REPLACE "/$" "" shixian_pc_up "${shixian_pc_up}")
  set(shixian_pc_prefix "\${pcfiledir}/${shixian_pc_up}")
endif()
set(shixian_pc_deps "-ldate-tz -lfmt -ltomlplusplus -lsimdjson -pthread")
if(shixian_shared)
  set(shixian_pc_libs "")
  set(shixian_pc_libs_private "${shixian_pc_deps}")
else()
  set(shixian_pc_libs " ${shixian_pc_deps}")
  set(shixian_pc_libs_private "")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/shixian.pc.in ${PROJECT_BINARY_DIR}/shixian.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/shixian.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)

if(TARGET shixian_cli)
  install(TARGETS shixian_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/shixian
    RENAME copyright COMPONENT cli)
endif()

# The C ABI (include/shixian/shixian.h, installed with the headers) for C programs and
# JNA: libshixian_c.so beside a static libshixian (a C program cannot link a C++
# archive with `cc`), or the shared libshixian itself, which exports the same entry
# points. `pkg-config --cflags --libs shixian-c`.
if(TARGET shixian_c)
  # The shared object itself (libshixian_c.so.0.1…) is the run-time package's, so that a
  # Java or C program's host needs no headers; the link-time name libshixian_c.so is -dev's.
  install(TARGETS shixian_c LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT cabi NAMELINK_COMPONENT dev)
  set(shixian_c_lib shixian_c)
elseif(shixian_shared)
  set(shixian_c_lib shixian)
endif()
if(DEFINED shixian_c_lib)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/shixian-c.pc.in ${PROJECT_BINARY_DIR}/shixian-c.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/shixian-c.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)
endif()

# Java: the jar in share/java (beside Debian's jna.jar), package libshixian-java.
if(TARGET shixian_java)
  install_jar(shixian_java DESTINATION ${CMAKE_INSTALL_DATADIR}/java COMPONENT java)
  install(FILES ${PROJECT_BINARY_DIR}/bindings/java/shixian-sources.jar DESTINATION ${CMAKE_INSTALL_DATADIR}/java
          COMPONENT java)
endif()
# Python: the module in Debian's place for python3 packages, package python3-shixian
# (`/usr/lib/python3/dist-packages/shixian`; another prefix: PREFIX/lib/python3/dist-packages
# on PYTHONPATH).
if(TARGET shixian_py)
  set(shixian_pydir lib/python3/dist-packages/shixian)
  install(TARGETS shixian_py LIBRARY DESTINATION ${shixian_pydir} COMPONENT python)
  install(FILES ${PROJECT_SOURCE_DIR}/bindings/python/shixian/__init__.py DESTINATION ${shixian_pydir}
    COMPONENT python)
endif()

# Debian packages: cmake --build B --target package (or cpack in B) → B/*.deb.
if(shixian_top)
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGE_NAME shixian)
  set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
  set(CPACK_PACKAGE_VENDOR "shixian")
  set(CPACK_PACKAGE_CONTACT "shixian maintainers <shixian@localhost>")
  # Each package's description: its first line is the summary (not set package-wide,
  # which CPack would put in front of both).
  set(CPACK_DEB_COMPONENT_INSTALL ON)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION libdevel)
  set(CPACK_COMPONENTS_ALL dev)
  set(CPACK_DEBIAN_DEV_PACKAGE_NAME libshixian-dev)
  set(CPACK_DEBIAN_DEV_DESCRIPTION "SLA deadlines on China's business calendar (C++20 library)
Headers, the library (find_package(shixian), pkg-config shixian) and the data
it embeds (calendars, rule sets, lexicon) under /usr/share/shixian.")
  # What a program built against it needs: the headers include date/date.h; a static
  # archive also links date-tz, fmt, toml++ and simdjson. Time zones come from tzdata.
  set(shixian_dev_depends "libhowardhinnant-date-dev, libfmt-dev, tzdata")
  if(shixian_shared)
    # libshixian.so's own run-time libraries (libsimdjson14, libtomlplusplus3, …).
    set(CPACK_DEBIAN_DEV_PACKAGE_SHLIBDEPS ON)
  else()
    string(APPEND shixian_dev_depends ", libtomlplusplus-dev, libsimdjson-dev")
  endif()
  # The C ABI's run-time package, named by its soname as Debian names libraries.
  set(shixian_cabi_package "libshixian-c${shixian_soversion}")
  if(TARGET shixian_c)
    list(APPEND CPACK_COMPONENTS_ALL cabi)
    set(CPACK_DEBIAN_CABI_PACKAGE_NAME ${shixian_cabi_package})
    set(CPACK_DEBIAN_CABI_PACKAGE_SECTION libs)
    set(CPACK_DEBIAN_CABI_DESCRIPTION "SLA deadlines on China's business calendar (C ABI, run time)
libshixian_c.so.${shixian_soversion}: what C programs and the Java binding load at run time.")
    set(CPACK_DEBIAN_CABI_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_CABI_PACKAGE_DEPENDS "tzdata")
    string(APPEND shixian_dev_depends ", ${shixian_cabi_package} (= ${PROJECT_VERSION})")
  endif()
  set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "${shixian_dev_depends}")
  # A shared libshixian is in another component's tree (libshixian-dev) than the CLI and
  # the Python module that link it: dpkg-shlibdeps finds it in the build tree instead, and
  # those packages name libshixian-dev themselves (it has no shlibs file to derive that).
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR})
  if(TARGET shixian_cli)
    list(APPEND CPACK_COMPONENTS_ALL cli)
    set(CPACK_DEBIAN_CLI_PACKAGE_NAME shixian)
    set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_CLI_DESCRIPTION "SLA deadlines on China's business calendar (command-line tool)
shixian calendar, deadlines, check, classify, contact, callback and archive.")
    # Shared libraries by dpkg-shlibdeps; a shared libshixian comes with libshixian-dev.
    set(CPACK_DEBIAN_CLI_PACKAGE_SHLIBDEPS ON)
    set(shixian_cli_depends "tzdata")
    if(shixian_shared)
      string(APPEND shixian_cli_depends ", libshixian-dev (= ${PROJECT_VERSION})")
    endif()
    set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${shixian_cli_depends}")
  endif()
  if(TARGET shixian_java)
    list(APPEND CPACK_COMPONENTS_ALL java)
    set(CPACK_DEBIAN_JAVA_PACKAGE_NAME libshixian-java)
    set(CPACK_DEBIAN_JAVA_PACKAGE_SECTION java)
    set(CPACK_DEBIAN_JAVA_PACKAGE_ARCHITECTURE all)
    set(CPACK_DEBIAN_JAVA_DESCRIPTION "SLA deadlines on China's business calendar (Java, over JNA)
cn.shixian.Shixian in /usr/share/java/shixian.jar: calendars, deadlines, audits and
classification through the C ABI (libshixian_c.so.${shixian_soversion}).")
    # The C ABI's shared object is in its run-time package (with a shared libshixian, the
    # library is it, in libshixian-dev).
    if(TARGET shixian_c)
      set(shixian_java_abi "${shixian_cabi_package} (= ${PROJECT_VERSION})")
    else()
      set(shixian_java_abi "libshixian-dev (= ${PROJECT_VERSION})")
    endif()
    set(CPACK_DEBIAN_JAVA_PACKAGE_DEPENDS "libjna-java, default-jre-headless | java17-runtime-headless, ${shixian_java_abi}")
  endif()
  if(TARGET shixian_py)
    list(APPEND CPACK_COMPONENTS_ALL python)
    set(CPACK_DEBIAN_PYTHON_PACKAGE_NAME python3-shixian)
    set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION python)
    set(CPACK_DEBIAN_PYTHON_DESCRIPTION "SLA deadlines on China's business calendar (Python 3 module)
import shixian: vectorised calendars and deadlines over numpy arrays, audits of pandas
DataFrames, check --summary in mergeable parts (Dask), classification.")
    # The module is built for this Python's minor version; the library is linked in.
    set(CPACK_DEBIAN_PYTHON_PACKAGE_SHLIBDEPS ON)
    math(EXPR shixian_py_next "${Python_VERSION_MINOR} + 1")
    set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS
        "python3 (>= ${Python_VERSION_MAJOR}.${Python_VERSION_MINOR}), python3 (<< ${Python_VERSION_MAJOR}.${shixian_py_next}), python3-numpy, tzdata")
    if(shixian_shared)
      string(APPEND CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS ", libshixian-dev (= ${PROJECT_VERSION})")
    endif()
    set(CPACK_DEBIAN_PYTHON_PACKAGE_RECOMMENDS "python3-pandas")
    set(CPACK_DEBIAN_PYTHON_PACKAGE_SUGGESTS "python3-dask, python3-distributed")
  endif()
  include(CPack)
endif()
