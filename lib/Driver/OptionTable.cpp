//===- OptionTable.cpp - The OptTable of Options.td -----------------------===//
//
// How the generated Options.inc becomes an OptTable changed across LLVM
// releases: the prefixes are StringLiteral arrays up to LLVM 19 and offsets
// into one string table from LLVM 20, and the OPTION macro gained the
// options' visibility in LLVM 18 (with LLVM_CONSTRUCT_OPT_INFO to read it).
// This file is the one place that knows.
//
//===----------------------------------------------------------------------===//

#include "OptionTable.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Option/Option.h"
#include <iterator>

namespace kbindgen {
namespace options {
namespace {

// The generated table names llvm::opt's DefaultVis unqualified.
using namespace llvm::opt;

#if LLVM_VERSION_MAJOR >= 20
#define OPTTABLE_STR_TABLE_CODE
#include "Options.inc"
#undef OPTTABLE_STR_TABLE_CODE
#define OPTTABLE_PREFIXES_TABLE_CODE
#include "Options.inc"
#undef OPTTABLE_PREFIXES_TABLE_CODE
#else
#define PREFIX(NAME, VALUE)                                                    \
  static constexpr llvm::StringLiteral NAME##_init[] = VALUE;                  \
  static constexpr llvm::ArrayRef<llvm::StringLiteral> NAME(                   \
      NAME##_init, std::size(NAME##_init) - 1);
#include "Options.inc"
#undef PREFIX
#endif

static constexpr llvm::opt::OptTable::Info InfoTable[] = {
#if LLVM_VERSION_MAJOR >= 18
#define OPTION(...) LLVM_CONSTRUCT_OPT_INFO(__VA_ARGS__),
#else
#define OPTION(PREFIX, NAME, ID, KIND, GROUP, ALIAS, ALIASARGS, FLAGS, PARAM,  \
               HELPTEXT, METAVAR, VALUES)                                      \
  {PREFIX,      NAME,      HELPTEXT,                                           \
   METAVAR,     OPT_##ID,  llvm::opt::Option::KIND##Class,                     \
   PARAM,       FLAGS,     OPT_##GROUP,                                        \
   OPT_##ALIAS, ALIASARGS, VALUES},
#endif
#include "Options.inc"
#undef OPTION
};

class KbindgenOptTable : public llvm::opt::GenericOptTable {
public:
  KbindgenOptTable()
#if LLVM_VERSION_MAJOR >= 20
      : GenericOptTable(OptionStrTable, OptionPrefixesTable, InfoTable){}
#else
      : GenericOptTable(InfoTable) {
  }
#endif
};

} // namespace

const llvm::opt::OptTable &table() {
  static const KbindgenOptTable Table;
  return Table;
}

} // namespace options
} // namespace kbindgen
