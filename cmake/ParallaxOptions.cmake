# One interface target carries the language level, warnings and Qt defines for every target.
add_library(parallax_options INTERFACE)
target_compile_features(parallax_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(parallax_options INTERFACE -Wall -Wextra -Wpedantic)
# GCC 12 reports std::variant storage (our Result<T>) as "maybe uninitialized" at -O2, a known
# false positive (GCC bugs 105562, 107919); it would fail every optimised build under -Werror.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(parallax_options INTERFACE -Wno-maybe-uninitialized)
endif()
target_compile_definitions(parallax_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PARALLAX_VERSION="${PROJECT_VERSION}")

# Host tools run during the build (the gazetteer compiler) set PARALLAX_HOST_TOOL and are
# never instrumented: under the sanitizers they would spend minutes of every build on data.
set(parallax_instrumented "$<NOT:$<BOOL:$<TARGET_PROPERTY:PARALLAX_HOST_TOOL>>>")
if(PARALLAX_SANITIZE)
    target_compile_options(parallax_options INTERFACE
        "$<${parallax_instrumented}:-fsanitize=address,undefined;-fno-omit-frame-pointer;-fno-sanitize-recover=undefined>")
    target_link_options(parallax_options INTERFACE "$<${parallax_instrumented}:-fsanitize=address,undefined>")
endif()

# Coverage for libFuzzer in everything the harnesses link, with the sanitizers that turn a
# silent memory error into a finding.
if(PARALLAX_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PARALLAX_FUZZ needs clang (CMAKE_CXX_COMPILER=clang++)")
    endif()
    target_compile_options(parallax_options INTERFACE
        "$<${parallax_instrumented}:-fsanitize=fuzzer-no-link,address,undefined;-fno-omit-frame-pointer;-fno-sanitize-recover=undefined>")
    target_link_options(parallax_options INTERFACE "$<${parallax_instrumented}:-fsanitize=address,undefined>")
endif()
