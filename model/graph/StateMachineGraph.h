#pragma once
// FutureInfo -> GraphDescription: the state machine rustc builds for one future, a node
// per state listing what it keeps, edges for how a poll moves between states.

#include "data/Snapshot.h"
#include "graph/GraphDescription.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace awaitscope {

class StateMachineGraph {
  public:
    struct Options {
        /// Draw the state machine of an awaitee that is a future of the same file as a
        /// cluster, linked from the awaitee's row (recursively, each future once).
        bool expandAwaitees = false;
        /// Moves between states of the top-level future, as (from, to) indices into
        /// FutureInfo::states, instead of its own FutureInfo::transitions (empty: its own).
        std::vector<std::pair<int, int>> transitions;
    };

    /// `futures`: the file's futures, to find an awaitee's own machine (may be empty).
    StateMachineGraph(const std::vector<FutureInfo>& futures, Options options);

    GraphDescription build(const FutureInfo& future) const;

    /// The file's future an awaitee field awaits, or nullptr (library futures, boxes).
    static const FutureInfo* awaitedFuture(const SavedField& awaitee, const std::vector<FutureInfo>& futures);

    static std::string nodeId(const FutureInfo& future, int state);

  private:
    void addMachine(GraphDescription& graph, const FutureInfo& future, const std::string& cluster,
                    std::set<std::string>& expanded) const;
    void addStateNodes(GraphDescription& graph, const FutureInfo& future, const std::string& cluster) const;
    std::vector<std::pair<int, int>> movesOf(const FutureInfo& future, bool topLevel) const;
    void addTransitions(GraphDescription& graph, const FutureInfo& future, bool topLevel) const;
    void addPanicEdges(GraphDescription& graph, const FutureInfo& future) const;
    void expandAwaitees(GraphDescription& graph, const FutureInfo& future, std::set<std::string>& expanded) const;
    static int rowOfField(const GraphDescription& graph, const std::string& nodeId, size_t fieldCount, size_t field);

    const std::vector<FutureInfo>& m_futures;
    Options m_options;
};

} // namespace awaitscope
