//===- OrderTest.cpp - Tests for ir::orderByPosition ----------------------===//

#include "kbindgen/IR/IR.h"
#include "gtest/gtest.h"

using namespace kbindgen::ir;

namespace {

/// Adds an item named Name at File:Offset (no position when File is empty),
/// nested in Parent when given.
ItemId add(Module &M, const char *Name, llvm::StringRef File, unsigned Offset,
           ItemId Parent = ItemId()) {
  Item I;
  I.Kind = ItemKind::Record;
  I.Name = Name;
  I.Parent = Parent;
  if (!File.empty())
    I.Pos = {M.internFile(File), Offset};
  return M.addItem(std::move(I));
}

std::vector<std::string> names(const Module &M) {
  std::vector<std::string> Out;
  for (ItemId Id : M.order())
    Out.push_back(M.item(Id).Name);
  return Out;
}

TEST(OrderByPositionTest, FilesByPathThenOffset) {
  Module M;
  add(M, "b2", "/src/b.h", 20);
  add(M, "b1", "/src/b.h", 10);
  add(M, "a1", "/src/a.h", 30);
  add(M, "main", "/build/main.h", 0);
  orderByPosition(M, 0, M.order().size());
  EXPECT_EQ(names(M), (std::vector<std::string>{"main", "a1", "b1", "b2"}));
}

TEST(OrderByPositionTest, NestedItemsStayAfterTheirOutermostRecord) {
  Module M;
  ItemId Outer = add(M, "outer", "/src/b.h", 50);
  ItemId Inner = add(M, "inner", "/src/b.h", 60, Outer);
  add(M, "innermost", "/src/b.h", 70, Inner);
  add(M, "later", "/src/b.h", 55);
  add(M, "earlier", "/src/b.h", 5);
  orderByPosition(M, 0, M.order().size());
  EXPECT_EQ(names(M), (std::vector<std::string>{"earlier", "outer", "inner",
                                                "innermost", "later"}));
}

TEST(OrderByPositionTest, SamePositionKeepsOrderNoPositionGoesFirstByName) {
  Module M;
  add(M, "expansion_1", "/src/a.h", 10);
  add(M, "expansion_2", "/src/a.h", 10);
  add(M, "zeta", "", 0);
  add(M, "alpha", "", 0);
  orderByPosition(M, 0, M.order().size());
  EXPECT_EQ(names(M), (std::vector<std::string>{"alpha", "zeta", "expansion_1",
                                                "expansion_2"}));
}

TEST(OrderByPositionTest, OnlyTheRangeMoves) {
  Module M;
  add(M, "first", "/src/z.h", 0);
  add(M, "c", "/src/c.h", 0);
  add(M, "b", "/src/b.h", 0);
  add(M, "macro", "/src/a.h", 0);
  orderByPosition(M, 1, 3);
  EXPECT_EQ(names(M), (std::vector<std::string>{"first", "b", "c", "macro"}));
}

} // namespace
