//===- kbindgen.cpp - The kbindgen executable -----------------------------===//

#include "kbindgen/Driver/Driver.h"

int main(int argc, const char **argv) {
  return kbindgen::kbindgenMain(argc, argv);
}
