#pragma message("clang version " __clang_version__)
