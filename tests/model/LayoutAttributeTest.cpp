// types/LayoutAttribute reads `#[awaitscope::layout(size = N, align = N)]` before an item
// exactly in that form (spaces allowed inside), and nothing else.
#include "types/LayoutAttribute.h"
#include "syntax/SyntaxTree.h"

#include <gtest/gtest.h>
#include <memory>

using namespace awaitscope;

namespace {

/// The layout `attributes` give the struct after them, as "size/align", or "none".
std::string layoutBefore(const std::string& attributes) {
    auto file = std::make_shared<SourceFile>("layout.rs", attributes + "\nstruct S;\n");
    const SyntaxTree tree(file);
    const auto children = tree.root().namedChildren();
    const auto layout = layoutAttribute(children.back());
    return layout ? std::to_string(layout->size) + "/" + std::to_string(layout->align) : "none";
}

} // namespace

TEST(LayoutAttribute, ReadsTheSizeAndAlignment) {
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(size = 640, align = 128)]"), "640/128");
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(size=16,align=8)]"), "16/8");
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(  size  =  0 ,\n align =\t1  )]"), "0/1");
}

TEST(LayoutAttribute, FindsItAmongOtherAttributesAndComments) {
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(size = 24, align = 8)]\n// why\n#[derive(Debug)]"), "24/8");
}

TEST(LayoutAttribute, RefusesAnyOtherForm) {
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(align = 8, size = 24)]"), "none");
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(size = 24)]"), "none");
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(size = -24, align = 8)]"), "none");
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(size = 24, align = 8, extra = 1)]"), "none");
    EXPECT_EQ(layoutBefore("#[awaitscope::layout(size = 24, align = 8x)]"), "none");
    EXPECT_EQ(layoutBefore("#[other::layout(size = 24, align = 8)]"), "none");
    EXPECT_EQ(layoutBefore("#[derive(Debug)]"), "none");
    EXPECT_EQ(layoutBefore(""), "none");
}
