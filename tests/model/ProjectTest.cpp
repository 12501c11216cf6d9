// The project layer on tests/data/projects: discovery (cargo metadata and the manifests),
// the module tree, cfg and features, and types resolved across files and crates.
#include "analysis/Analyzer.h"
#include "project/CrateModel.h"
#include "project/ProjectSession.h"
#include "util/FileLoader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

using namespace awaitscope;

namespace {

const std::string kProjects = std::string(AWAITSCOPE_TEST_DATA) + "/projects";
const std::string kTcp = kProjects + "/workspace/app/src/net/tcp.rs";

bool hasCargo() {
    return std::system("cargo --version >/dev/null 2>&1") == 0;
}

std::shared_ptr<const Snapshot> analyzeIn(const std::string& file, const ProjectOptions& options, bool alone = false) {
    AnalysisInput input{file, loadSourceFile(file).text, Edition::E2021, nullptr};
    if (!alone) input.project = ProjectSession::forFile(file, options);
    return analyze(input);
}

const SavedField* savedLocal(const Snapshot& s, const std::string& future, const std::string& name) {
    const FutureInfo* f = s.findFuture(future);
    if (!f) return nullptr;
    for (const State& st : f->states)
        for (const SavedField& field : st.fields)
            if (field.name == name) return &field;
    return nullptr;
}

bool mentions(const std::vector<std::string>& lines, const std::string& words) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(words) != std::string::npos; });
}

} // namespace

TEST(ProjectDiscovery, FindsPackageWorkspaceAndTargetFromManifests) {
    const auto loc = locateProject(kTcp, /*useCargo=*/false);
    ASSERT_TRUE(loc);
    EXPECT_EQ(loc->via, "Cargo.toml");
    EXPECT_EQ(loc->workspace.members.size(), 2u);
    ASSERT_TRUE(loc->package());
    EXPECT_EQ(loc->package()->name, "app");
    EXPECT_EQ(loc->package()->edition, "2021");
    ASSERT_TRUE(loc->package()->lib());
    EXPECT_EQ(std::filesystem::path(loc->package()->lib()->rootFile).filename(), "lib.rs");
    EXPECT_EQ(loc->package()->dependencies.size(), 1u);
    EXPECT_FALSE(loc->package()->dependencies.empty() || loc->package()->dependencies[0].path.empty());
}

TEST(ProjectDiscovery, CargoMetadataAgreesWithTheManifests) {
    if (!hasCargo()) GTEST_SKIP() << "cargo is not installed";
    const auto viaCargo = locateProject(kTcp, true);
    const auto viaToml = locateProject(kTcp, false);
    ASSERT_TRUE(viaCargo && viaToml && viaCargo->package() && viaToml->package());
    EXPECT_EQ(viaCargo->via, "cargo metadata");
    EXPECT_EQ(viaCargo->package()->name, viaToml->package()->name);
    EXPECT_EQ(viaCargo->package()->features, viaToml->package()->features);
    EXPECT_EQ(std::filesystem::weakly_canonical(viaCargo->package()->lib()->rootFile),
              std::filesystem::weakly_canonical(viaToml->package()->lib()->rootFile));
}

TEST(ProjectDiscovery, OutsideAnyPackageIsSingleFileMode) {
    EXPECT_FALSE(locateProject("/tmp/awaitscope-no-project/x.rs", false));
    const auto s = analyzeIn(std::string(AWAITSCOPE_SAMPLES) + "/refcell_guard.rs", {});
    EXPECT_FALSE(s->project);
}

TEST(ProjectModuleTree, FollowsModFilesPathAttributesAndNestedFolders) {
    const auto file = ProjectSession::forFile(kTcp, {{}, false, false});
    ASSERT_TRUE(file && file->crate);
    EXPECT_EQ(file->info.module, "crate::net::tcp");
    EXPECT_EQ(file->info.crate, "app");
    EXPECT_EQ(file->info.target, "lib");
    EXPECT_EQ(file->info.features, (std::vector<std::string>{"default", "local"}));
    std::vector<std::string> modules;
    for (const CrateFile& f : file->crate->expansion().files()) modules.push_back(f.modulePath);
    EXPECT_EQ(modules, (std::vector<std::string>{"", "net", "net::tcp", "net::ready", "platform"}));
    EXPECT_TRUE(file->info.unresolved.empty()) << file->info.unresolved.front();
}

TEST(ProjectModuleTree, ACycleOfPathModulesIsReportedNotFollowed) {
    const auto file = ProjectSession::forFile(kProjects + "/cycle/src/lib.rs", {{}, false, false});
    ASSERT_TRUE(file && file->crate);
    EXPECT_TRUE(mentions(file->info.unresolved, "module cycle")) << ::testing::PrintToString(file->info.unresolved);
    const auto s = analyzeIn(kProjects + "/cycle/src/lib.rs", {{}, false, false});
    EXPECT_TRUE(s->findFuture("still_analysed"));
}

TEST(ProjectModuleTree, ABrokenManifestIsNamedAndTheFileStillAnalysed) {
    const std::string lib = kProjects + "/broken/src/lib.rs";
    for (bool cargo : {false, true}) {
        if (cargo && !hasCargo()) continue;
        const auto file = ProjectSession::forFile(lib, {{}, false, cargo});
        ASSERT_TRUE(file);
        EXPECT_FALSE(file->crate);
        EXPECT_TRUE(mentions(file->info.unresolved, "broken/Cargo.toml"))
            << ::testing::PrintToString(file->info.unresolved);
    }
    const auto s = analyzeIn(lib, {{}, false, false});
    ASSERT_TRUE(s->project);
    EXPECT_TRUE(s->findFuture("still_analysed"));
}

TEST(ProjectResolution, ATypeFromAnotherFileIsKnown) {
    const auto inCrate = analyzeIn(kTcp, {{}, false, false});
    const SavedField* guard = savedLocal(*inCrate, "hold_guard", "guard");
    ASSERT_TRUE(guard);
    ASSERT_TRUE(guard->type);
    EXPECT_NE(guard->type->find("Guard"), std::string::npos);
    EXPECT_EQ(guard->send, Verdict::No);
    // Alone, the file cannot know what a Guard is.
    const auto alone = analyzeIn(kTcp, {}, true);
    const SavedField* unknown = savedLocal(*alone, "hold_guard", "guard");
    ASSERT_TRUE(unknown);
    EXPECT_FALSE(unknown->type);
}

TEST(ProjectResolution, AReExportAndAPathDependencyResolve) {
    const auto s = analyzeIn(kTcp, {{}, false, false});
    const SavedField* connection = savedLocal(*s, "hold_connection", "connection");
    ASSERT_TRUE(connection && connection->type);
    EXPECT_EQ(*connection->type, "Connection");
    EXPECT_EQ(connection->send, Verdict::Yes);
    const SavedField* handle = savedLocal(*s, "hold_handle", "handle");
    ASSERT_TRUE(handle && handle->type);
    EXPECT_NE(handle->type->find("Rc<"), std::string::npos) << *handle->type;
}

TEST(ProjectCfg, TheEnabledFeaturesChooseTheItem) {
    const auto byDefault = analyzeIn(kTcp, {{}, false, false});
    const SavedField* rc = savedLocal(*byDefault, "hold_shared", "shared");
    ASSERT_TRUE(rc && rc->type);
    EXPECT_NE(rc->type->find("Rc<u8>"), std::string::npos) << *rc->type;
    EXPECT_EQ(rc->send, Verdict::No);
    const auto without = analyzeIn(kTcp, {{}, true, false});
    const SavedField* arc = savedLocal(*without, "hold_shared", "shared");
    ASSERT_TRUE(arc && arc->type);
    EXPECT_NE(arc->type->find("Arc<u8>"), std::string::npos) << *arc->type;
    EXPECT_EQ(arc->send, Verdict::Yes);
}

TEST(ProjectCfg, ADependencysFeatureFollowsTheFeatureThatEnablesIt) {
    const auto threaded = analyzeIn(kTcp, {{"threaded"}, false, false});
    const SavedField* handle = savedLocal(*threaded, "hold_handle", "handle");
    ASSERT_TRUE(handle && handle->type);
    EXPECT_NE(handle->type->find("Arc<"), std::string::npos) << *handle->type;
    EXPECT_EQ(handle->send, Verdict::Yes);
}

TEST(ProjectCfg, ItemsOfAnItemMacroFollowTheirCfg) {
    const auto byDefault = ProjectSession::forFile(kTcp, {{}, false, false});
    const auto without = ProjectSession::forFile(kTcp, {{}, true, false});
    ASSERT_TRUE(byDefault && byDefault->crate && without && without->crate);
    EXPECT_TRUE(byDefault->crate->index()->adt("OnlyLocal"));
    EXPECT_FALSE(without->crate->index()->adt("OnlyLocal"));
}

// tests/data/projects/workspace/app/src/net/ready.rs. Expected from rustc 1.95: the same
// items in one file run through rustc-oracle (-Zprint-type-sizes): wait_local (line 29)
// keeps `port` (2 bytes) at its Suspend0 and is 16 bytes; Connection::ready (line 45)
// keeps only `self`: `mode` is Copy, so it has no drop glue and dies at its last use;
// Connection::wait_ready (line 55) keeps `{async fn body of Connection::ready()}`.
namespace {

const std::string kReady = kProjects + "/workspace/app/src/net/ready.rs";

std::vector<std::string> suspend0Locals(const FutureInfo& f) {
    std::vector<std::string> names;
    for (const State& st : f.states)
        if (st.name == "Suspend0")
            for (const SavedField& field : st.fields)
                if (field.kind == FieldKind::Local && field.name) names.push_back(*field.name);
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST(ProjectItemMacros, FuturesInsideItemMacrosKeepTheirLines) {
    const auto s = analyzeIn(kReady, {{}, false, false});
    const FutureInfo* waitLocal = s->findFuture("wait_local");
    const FutureInfo* ready = s->findFuture("Connection::ready");
    ASSERT_TRUE(waitLocal && ready);
    EXPECT_EQ(waitLocal->position.line, 29);
    EXPECT_EQ(ready->position.line, 45);
    EXPECT_FALSE(s->findFuture("wait_threaded")) << "its #[cfg] is false with the default features";
    EXPECT_EQ(suspend0Locals(*waitLocal), std::vector<std::string>{"port"});
    EXPECT_EQ(suspend0Locals(*ready), std::vector<std::string>{"self"});
    EXPECT_EQ(waitLocal->size, 16);
    const SavedField* port = savedLocal(*s, "wait_local", "port");
    ASSERT_TRUE(port);
    EXPECT_EQ(port->size, 2);
}

TEST(ProjectItemMacros, WithoutTheFeatureTheOtherBranchsFutureIsFound) {
    const auto s = analyzeIn(kReady, {{}, true, false});
    EXPECT_TRUE(s->findFuture("wait_threaded"));
    EXPECT_FALSE(s->findFuture("wait_local"));
    EXPECT_FALSE(s->findFuture("Connection::ready"));
}

// An impl with an item macro among its members is parsed again from its expanded text;
// its other members are still the file's own futures, so awaiting one keeps that future.
TEST(ProjectItemMacros, AMemberBesideAnItemMacroAwaitsItsSiblingsFuture) {
    const auto s = analyzeIn(kReady, {{}, false, false});
    const FutureInfo* waitReady = s->findFuture("Connection::wait_ready");
    ASSERT_TRUE(waitReady);
    EXPECT_EQ(waitReady->position.line, 55);
    const SavedField* awaitee = nullptr;
    for (const State& st : waitReady->states)
        for (const SavedField& field : st.fields)
            if (st.name == "Suspend0" && field.kind == FieldKind::Awaitee) awaitee = &field;
    ASSERT_TRUE(awaitee && awaitee->ty);
    EXPECT_EQ(awaitee->ty->kind, TypeKind::Future);
    EXPECT_EQ(awaitee->ty->path, "Connection::ready");
}

// tests/data/projects/workspace/app/src/net/ready.rs, wait_elsewhere (line 63): it awaits
// tcp.rs's hold_connection and lib.rs's generic hold_value::<u64>, whose futures are laid
// out from their bodies in those files. Expected from rustc 1.95 (rustc-oracle on the
// same items in one file): hold_connection's future 4 bytes at offset 2 in Suspend0,
// hold_value<u64>'s 24 bytes at offset 8 in Suspend1, wait_elsewhere 32 bytes.
TEST(ProjectResolution, AnAsyncFnOfAnotherFileIsLaidOutFromItsBody) {
    const auto s = analyzeIn(kReady, {{}, false, false});
    const FutureInfo* f = s->findFuture("wait_elsewhere");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->size, 32);
    std::vector<std::pair<std::optional<long>, std::optional<long>>> awaitees;
    for (const State& st : f->states)
        for (const SavedField& field : st.fields)
            if (field.kind == FieldKind::Awaitee) awaitees.emplace_back(field.size, field.offset);
    using Sized = std::pair<std::optional<long>, std::optional<long>>;
    EXPECT_EQ(awaitees, (std::vector<Sized>{{4, 2}, {24, 8}}));
}

// tests/data/projects/registry: a local registry folder (NAME-VERSION directories, as
// Debian's /usr/share/cargo/registry). app-0.1.0 depends on `wire = "0.3"` and
// `unused = "1"`; wire-0.2.0 has a 4-byte Socket, wire-0.3.1 a 16-byte one. Expected from
// rustc 1.95 (rustc-oracle on app's lib.rs with wire 0.3.1's items as a module): `hold`
// 40 bytes, keeping `socket` (16) at offset 16 in Suspend0; `sent` 32 bytes, keeping
// `n: io::Result<usize>` (16) at offset 0.
namespace {

const std::string kRegistryApp = kProjects + "/registry/app-0.1.0/src/lib.rs";

} // namespace

TEST(ProjectRegistry, ADependencyIsReadFromTheNewestVersionItsRequirementAccepts) {
    const auto s = analyzeIn(kRegistryApp, {{}, false, false});
    const FutureInfo* hold = s->findFuture("hold");
    const FutureInfo* sent = s->findFuture("sent");
    ASSERT_TRUE(hold && sent);
    const SavedField* socket = savedLocal(*s, "hold", "socket");
    ASSERT_TRUE(socket && socket->ty);
    EXPECT_EQ(socket->size, 16) << "wire 0.3.1's Socket, not 0.2.0's";
    EXPECT_EQ(socket->offset, 16);
    EXPECT_EQ(hold->size, 40);
    const SavedField* n = savedLocal(*s, "sent", "n");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->type, "Result<usize, std::io::Error>") << "wire's Socket::send, through its re-export";
    EXPECT_EQ(n->size, 16);
    EXPECT_EQ(n->offset, 0);
    EXPECT_EQ(sent->size, 32);
}

// clock-0.1.0 depends on a stand-in `tokio` 9 (a crate the prelude describes): a name the
// prelude has keeps the prelude's item (the stand-in's Mutex holds an Rc, the prelude's
// is Send), a name it lacks comes from the sources, in a module both have (sync::Gate) or
// in one only the sources have (net::TcpStream). Sizes from rustc 1.95 (size_of of the
// stand-in's two structs): TcpStream 4 bytes, Gate 8.
TEST(ProjectRegistry, APreludeCrateKeepsItsDescriptionAndGainsWhatOnlyItsSourcesHave) {
    const auto s = analyzeIn(kProjects + "/registry/clock-0.1.0/src/lib.rs", {{}, false, false});
    const SavedField* stream = savedLocal(*s, "hold", "stream");
    const SavedField* gate = savedLocal(*s, "hold", "gate");
    const SavedField* lock = savedLocal(*s, "hold", "lock");
    ASSERT_TRUE(stream && gate && lock);
    ASSERT_TRUE(stream->ty && gate->ty && lock->ty);
    EXPECT_EQ(stream->size, 4);
    EXPECT_EQ(stream->send, Verdict::Yes);
    EXPECT_EQ(gate->size, 8);
    EXPECT_EQ(lock->send, Verdict::Yes) << lock->type.value_or("?")
                                        << ": the prelude's tokio::sync::Mutex, not the stand-in's";
    EXPECT_EQ(s->findFuture("hold")->send, Verdict::Yes);
}

// relay-0.1.0 awaits courier's `Line::recv` (courier-0.1.0 depends on lite-0.1.0, a stand-in
// for futures-lite): recv awaits the generic `wait_with` with its closure, which awaits
// `optimistic`, which pins its argument with lite's statement `pin!`. A dependency's
// async fn is laid out from its body like one of the crate's own. Expected from rustc 1.95
// (`cargo rustc -- -Zprint-type-sizes` on relay with courier and lite as path
// dependencies): pump 232 bytes, Suspend0 228, the awaitee 200, `buf` 20.
TEST(ProjectRegistry, AnAsyncFnOfADependencyIsLaidOutFromItsBody) {
    const auto s = analyzeIn(kProjects + "/registry/relay-0.1.0/src/lib.rs", {{}, false, false});
    const FutureInfo* pump = s->findFuture("pump");
    ASSERT_TRUE(pump);
    EXPECT_EQ(pump->size, 232);
    const State* suspend = nullptr;
    for (const State& st : pump->states)
        if (st.name == "Suspend0") suspend = &st;
    ASSERT_TRUE(suspend);
    EXPECT_EQ(suspend->size, 228);
    std::optional<long> awaitee;
    for (const SavedField& field : suspend->fields)
        if (field.kind == FieldKind::Awaitee) awaitee = field.size;
    EXPECT_EQ(awaitee, 200);
    const SavedField* buf = savedLocal(*s, "pump", "buf");
    ASSERT_TRUE(buf);
    EXPECT_EQ(buf->size, 20);
}

// relay-0.1.0's lib.rs makes instances of keep.rs's generic async fns: `keep::<u8>` and
// `keep::<[u64; 4]>`, `keep_one::<String>`. rustc lays out each instance (`cargo rustc --
// -Zprint-type-sizes`): keep_one<String> 80 bytes, Suspend0 74, `value` and `copy` 24
// each; keep<u8> 4 bytes and keep<[u64; 4]> 72, so the one future `keep` has no size.
TEST(ProjectRegistry, AGenericAsyncFnHasTheLayoutOfTheCratesInstancesWhereTheyAgree) {
    const auto s = analyzeIn(kProjects + "/registry/relay-0.1.0/src/keep.rs", {{}, false, false});
    const FutureInfo* keep = s->findFuture("keep");
    const FutureInfo* one = s->findFuture("keep_one");
    ASSERT_TRUE(keep && one);
    EXPECT_FALSE(keep->size) << "its two instances differ";
    EXPECT_EQ(one->size, 80);
    for (const State& st : one->states)
        if (st.name == "Suspend0") {
            EXPECT_EQ(st.size, 74);
        }
    const SavedField* value = savedLocal(*s, "keep_one", "value");
    const SavedField* copy = savedLocal(*s, "keep_one", "copy");
    ASSERT_TRUE(value && copy);
    EXPECT_EQ(value->size, 24);
    EXPECT_EQ(copy->size, 24);
}

// renamed.rs calls keep.rs's `keep_pair` as `twins` (`use crate::keep::keep_pair as twins`):
// the call never writes the fn's own name, yet `twins(3u16)` is the crate's instance
// keep_pair<u16>. rustc 1.95 (rustc-oracle on the same two fns in one file): 8 bytes,
// Suspend0 7, `value` and `twin` 2 bytes each.
TEST(ProjectRegistry, AnInstanceMadeThroughARenamedImportCounts) {
    const auto s = analyzeIn(kProjects + "/registry/relay-0.1.0/src/keep.rs", {{}, false, false});
    const FutureInfo* pair = s->findFuture("keep_pair");
    ASSERT_TRUE(pair);
    EXPECT_EQ(pair->size, 8);
    for (const State& st : pair->states)
        if (st.name == "Suspend0") {
            EXPECT_EQ(st.size, 7);
        }
    const SavedField* twin = savedLocal(*s, "keep_pair", "twin");
    ASSERT_TRUE(twin);
    EXPECT_EQ(twin->size, 2);
}

TEST(ProjectRegistry, ADependencyTheCrateNeverNamesIsNotRead) {
    const auto file = ProjectSession::forFile(kRegistryApp, {{}, false, false});
    ASSERT_TRUE(file && file->crate);
    const std::vector<std::string> read = file->crate->sourcePaths();
    auto readFrom = [&](const std::string& folder) {
        return std::any_of(read.begin(), read.end(),
                           [&](const std::string& p) { return p.find("/" + folder + "/") != std::string::npos; });
    };
    EXPECT_TRUE(readFrom("wire-0.3.1"));
    EXPECT_FALSE(readFrom("wire-0.2.0"));
    EXPECT_FALSE(readFrom("unused-1.0.0")) << "declared in Cargo.toml, never named in the code";
    EXPECT_FALSE(mentions(file->info.unresolved, "wire")) << "found in the registry folder";
}

// Macros of another crate (rustc_resolve's resolve_macro_path): dial's `wrap!` comes in by
// `#[macro_use] extern crate pins`, gadget's by `use pins::wrap` and by the path
// `pins::wrap!`, and `wrap!` reaches `$crate::__wrap_inner!`. gadget's `cfg_unix!` writes
// a `#[cfg(unix)]` in front of `open` where the source has no room for it; the expansion
// is configured before it is put back in place. Sizes and the verdict from rustc 1.95
// (size_of of Meter, Label, Local: 16, 16, 1; `hold` is not Send: `Rc<str>` in Label).
TEST(ProjectRegistry, TypesDeclaredByMacrosOfOtherCratesResolve) {
    const auto s = analyzeIn(kProjects + "/registry/dial-0.1.0/src/lib.rs", {{}, false, false});
    const SavedField* meter = savedLocal(*s, "hold", "meter");
    const SavedField* label = savedLocal(*s, "hold", "label");
    const SavedField* local = savedLocal(*s, "hold", "local");
    ASSERT_TRUE(meter && label && local);
    ASSERT_TRUE(meter->ty) << "gadget::Meter::open is declared inside cfg_unix! in an impl";
    EXPECT_EQ(meter->size, 16);
    EXPECT_EQ(meter->send, Verdict::Yes);
    ASSERT_TRUE(label->ty) << "gadget::Label is declared by pins::wrap!";
    EXPECT_EQ(label->size, 16);
    EXPECT_EQ(label->send, Verdict::No);
    ASSERT_TRUE(local->ty) << "Local is declared by wrap! from #[macro_use] extern crate pins";
    EXPECT_EQ(local->size, 1);
    EXPECT_EQ(s->findFuture("hold")->send, Verdict::No);
}

// hub-0.1.0 depends on gauge and spool; gauge (listed, so read, first) asks spool for `io`,
// hub's default feature `sockets` asks it for `net` (`spool/net`). cargo builds spool once
// with both (feature unification), so `spool::Socket`, gated on `net`, exists for hub.
// rustc 1.95 (rustc-oracle on hub's lib.rs with spool's struct in the file): `socket` is 8
// bytes at offset 8, the future 20 bytes.
TEST(ProjectRegistry, ADependencysFeaturesAreTheUnionOfWhatEveryDependentAsks) {
    const auto s = analyzeIn(kProjects + "/registry/hub-0.1.0/src/lib.rs", {{}, false, false});
    const SavedField* socket = savedLocal(*s, "hold", "socket");
    ASSERT_TRUE(socket && socket->ty) << "spool::Socket unresolved: spool read with gauge's features only";
    EXPECT_EQ(socket->size, 8);
    EXPECT_EQ(socket->offset, 8);
    EXPECT_EQ(s->findFuture("hold")->size, 20);
    EXPECT_EQ(s->findFuture("hold")->send, Verdict::Yes);
}
