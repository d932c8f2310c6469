//===- BodySkipperDiffTest.cpp - Replays the body skipper's fuzz corpus ---===//
//
// The differential check of fuzz/BodySkipperFuzzer.cpp with a fixed budget:
// every input of fuzz/corpus/skipper/ and a fixed run of pseudo-random
// inputs go through BodySkipperGenerator, and Clang must see the same
// declarations, errors and __COUNTER__ values whether the bodies were
// skipped token by token or as text.
//
//===----------------------------------------------------------------------===//

#include "BodySkipperGenerator.h"
#include "BodySkipperOracle.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace kbindgen;

namespace {

struct Totals {
  unsigned Inputs = 0;
  unsigned AsText = 0;
  unsigned AsTokens = 0;
};

void report(const char *What, const Totals &T) {
  printf("%s: %u inputs, bodies skipped %u as text, %u as tokens\n", What,
         T.Inputs, T.AsText, T.AsTokens);
}

/// Whether both skips agree on the file that \p Bytes generate.
void expectSameSkip(llvm::ArrayRef<uint8_t> Bytes, const std::string &Name,
                    Totals &T) {
  fuzz::ByteReader Reader(Bytes.data(), Bytes.size());
  fuzz::GeneratedBodies G = fuzz::BodyGenerator(Reader).generate();
  BodySkipTrace Tokens = traceBodySkips(G.Source, false, G.Cc1Args);
  BodySkipTrace Text = traceBodySkips(G.Source, true, G.Cc1Args);
  EXPECT_EQ(Tokens.Text, Text.Text) << Name << "\n" << G.Source;
  ++T.Inputs;
  T.AsText += Text.SkippedAsText;
  T.AsTokens += Text.SkippedAsTokens;
}

TEST(BodySkipperDiffTest, CorpusReplay) {
  Totals T;
  std::error_code EC;
  std::vector<std::string> Files;
  for (llvm::sys::fs::directory_iterator It(KBINDGEN_SKIPPER_CORPUS, EC), End;
       It != End && !EC; It.increment(EC))
    Files.push_back(It->path());
  ASSERT_FALSE(EC) << KBINDGEN_SKIPPER_CORPUS;
  std::sort(Files.begin(), Files.end());
  ASSERT_FALSE(Files.empty());
  for (const std::string &F : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(F);
    ASSERT_TRUE(bool(Buffer)) << F;
    llvm::StringRef B = (*Buffer)->getBuffer();
    expectSameSkip({reinterpret_cast<const uint8_t *>(B.data()), B.size()}, F,
                   T);
  }
  // The replay proves something only if the text skip is taken often.
  report("corpus", T);
  EXPECT_GT(T.AsText * 4, T.AsText + T.AsTokens);
}

TEST(BodySkipperDiffTest, SeededRandomInputs) {
  Totals T;
  // KBINDGEN_SKIPPER_INPUTS=N (and _SEED) for a longer run by hand.
  const char *Count = std::getenv("KBINDGEN_SKIPPER_INPUTS");
  const char *Seed = std::getenv("KBINDGEN_SKIPPER_SEED");
  std::mt19937 Rng(Seed ? std::strtoul(Seed, nullptr, 10) : 20261130);
  unsigned N = Count ? std::strtoul(Count, nullptr, 10) : 300;
  for (unsigned K = 0; K < N; ++K) {
    std::vector<uint8_t> Bytes(16 + Rng() % 240);
    for (uint8_t &B : Bytes)
      B = static_cast<uint8_t>(Rng());
    expectSameSkip(Bytes, "seeded input " + std::to_string(K), T);
  }
  report("seeded", T);
  EXPECT_GT(T.AsText * 4, T.AsText + T.AsTokens);
}

} // namespace
