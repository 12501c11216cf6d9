#pragma once
// A vector whose copies share their elements until one of them is changed (copy on
// write). The solver's derivation trees nest: the derivation of a future holds the ones
// of the futures it awaits, and the solver's cache hands out copies. With plain vectors
// every copy deep-copied the whole subtree, so a chain of N awaiting futures cost N^2;
// shared, a copy costs one pointer.

#include <memory>
#include <vector>

namespace awaitscope {

template <class T> class SharedVector {
  public:
    using const_iterator = typename std::vector<T>::const_iterator;
    using const_reverse_iterator = typename std::vector<T>::const_reverse_iterator;

    bool empty() const { return !m_items || m_items->empty(); }
    size_t size() const { return m_items ? m_items->size() : 0; }
    const T& operator[](size_t i) const { return (*m_items)[i]; }
    const T& back() const { return m_items->back(); }
    const_iterator begin() const { return items().begin(); }
    const_iterator end() const { return items().end(); }
    const_reverse_iterator rbegin() const { return items().rbegin(); }
    const_reverse_iterator rend() const { return items().rend(); }

    void push_back(T item) { writable().push_back(std::move(item)); }

  private:
    const std::vector<T>& items() const {
        static const std::vector<T> none;
        return m_items ? *m_items : none;
    }
    std::vector<T>& writable() {
        if (!m_items)
            m_items = std::make_shared<std::vector<T>>();
        else if (m_items.use_count() > 1)
            m_items = std::make_shared<std::vector<T>>(*m_items);
        return *m_items;
    }

    std::shared_ptr<std::vector<T>> m_items;
};

} // namespace awaitscope
