#include "types/StructLayouter.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace awaitscope {

namespace {

int trailingZeros(long v) {
    return v <= 0 ? 63 : __builtin_ctzl(static_cast<unsigned long>(v));
}

NicheCount available(const Layout& l) {
    return l.niche ? l.niche->available : 0;
}

bool allNichesKnown(const std::vector<Layout>& fields) {
    return std::all_of(fields.begin(), fields.end(), [](const Layout& f) { return f.nicheKnown; });
}

// rustc_abi Integer::for_align: the integer whose alignment is exactly `align`, if any.
long integerForAlign(long align) {
    return align == 1 || align == 2 || align == 4 || align == 8 || align == 16 ? align : 0;
}

// Integer::fit_unsigned, at least one byte.
long bytesToHold(size_t maxValue) {
    long bytes = 1;
    while (bytes < 16 && maxValue >> (8 * bytes)) bytes *= 2;
    return bytes;
}

NicheCount valuesOf(long bytes) {
    return bytes >= 16 ? ~NicheCount(0) : NicheCount(1) << (8 * bytes);
}

} // namespace

// univariant_biased: the sort keys, exactly as rustc writes them (stable sort, so equal
// keys keep the given order).
std::vector<size_t> StructLayouter::memoryOrder(const std::vector<Layout>& fields, bool prefixed, Bias bias) {
    std::vector<size_t> order(fields.size());
    std::iota(order.begin(), order.end(), 0);
    if (fields.size() <= 1) return order;
    long maxAlign = 1;
    NicheCount largestNiche = 0;
    for (const Layout& f : fields) {
        maxAlign = std::max(maxAlign, f.align);
        largestNiche = std::max(largestNiche, available(f));
    }
    auto group = [&](const Layout& f) {
        const int sizeAsAlign = trailingZeros(std::max(f.align, f.size));
        if (largestNiche == 0) return sizeAsAlign;
        if (bias == Bias::Start) return std::min(trailingZeros(maxAlign), sizeAsAlign);
        return available(f) == largestNiche ? trailingZeros(f.align) : sizeAsAlign;
    };
    auto key = [&](size_t i) {
        const Layout& f = fields[i];
        if (prefixed) return std::make_tuple(group(f), available(f), NicheCount(0));
        const NicheCount niche = bias == Bias::Start ? ~available(f) : available(f);
        NicheCount inner = 0;
        if (f.niche)
            inner = bias == Bias::Start ? NicheCount(f.niche->offset)
                                        : ~NicheCount(f.size - f.niche->bytes - f.niche->offset);
        return std::make_tuple(-group(f), niche, inner);
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
    return order;
}

FieldsLayout StructLayouter::biased(const std::vector<Layout>& fields, std::optional<Prefix> prefix, Bias bias) {
    FieldsLayout out;
    out.offsets.assign(fields.size(), 0);
    long offset = prefix ? roundUpTo(prefix->size, prefix->align) : 0;
    long align = prefix ? prefix->align : 1;
    NicheCount best = 0;
    for (size_t i : memoryOrder(fields, prefix.has_value(), bias)) {
        const Layout& f = fields[i];
        offset = roundUpTo(offset, f.align);
        align = std::max(align, f.align);
        out.offsets[i] = offset;
        if (f.niche && (bias == Bias::Start ? f.niche->available > best : f.niche->available >= best)) {
            best = f.niche->available;
            out.layout.niche = Niche{f.niche->offset + offset, f.niche->bytes, f.niche->available};
        }
        offset += f.size;
    }
    out.layout.size = roundUpTo(offset, align);
    out.layout.align = align;
    out.layout.nicheKnown = allNichesKnown(fields);
    out.layout.uninhabited = std::any_of(fields.begin(), fields.end(), [](const Layout& f) { return f.uninhabited; });
    return out;
}

FieldsLayout StructLayouter::univariant(const std::vector<Layout>& fields, std::optional<Prefix> prefix) {
    FieldsLayout start = biased(fields, prefix, Bias::Start);
    if (!start.layout.niche || fields.size() < 2) return start;
    const long head = start.layout.niche->offset;
    const long tail = start.layout.size - head - start.layout.niche->bytes;
    if (head == 0 || tail <= 0) return start;
    FieldsLayout end = biased(fields, prefix, Bias::End);
    const long altHead = end.layout.niche ? end.layout.niche->offset : 0;
    return altHead > head && altHead > tail ? end : start;
}

// calculate_niche_filling_layout: every variant but the largest must fit before or after
// the largest variant's niche, which must have a value for each of them.
std::optional<Layout> StructLayouter::nicheFilled(const std::vector<std::vector<Layout>>& variants) {
    std::vector<FieldsLayout> laid;
    long align = 1;
    for (const auto& v : variants) {
        laid.push_back(univariant(v));
        align = std::max(align, laid.back().layout.align);
    }
    size_t largest = 0;
    for (size_t i = 0; i < laid.size(); ++i) // max_by_key keeps the last of equals
        if (laid[i].layout.size >= laid[largest].layout.size) largest = i;
    const size_t first = largest == 0 ? 1 : 0, last = largest == laid.size() - 1 ? laid.size() - 2 : laid.size() - 1;
    const NicheCount count = last - first + 1;
    const auto& niche = laid[largest].layout.niche;
    if (!niche || count > niche->available) return std::nullopt;
    const long size = roundUpTo(laid[largest].layout.size, align);
    for (size_t i = 0; i < laid.size(); ++i) {
        if (i == largest || laid[i].layout.size <= niche->offset) continue;
        const long after = roundUpTo(niche->offset + niche->bytes, laid[i].layout.align);
        if (after + laid[i].layout.size > size) return std::nullopt;
    }
    return Layout{size, align, Niche{niche->offset, niche->bytes, niche->available - count}, true};
}

// The tagged layout: the smallest tag that holds every discriminant, each variant laid
// out after it, and the tag widened to the first field's alignment where that is free.
Layout StructLayouter::tagged(const std::vector<std::vector<Layout>>& variants) {
    const long minBytes = bytesToHold(variants.size() - 1);
    long size = 0, align = 1, startAlign = 256;
    for (const auto& v : variants) {
        const FieldsLayout laid = univariant(v, Prefix{minBytes, minBytes});
        std::vector<size_t> byOffset(v.size());
        std::iota(byOffset.begin(), byOffset.end(), 0);
        std::stable_sort(byOffset.begin(), byOffset.end(),
                         [&](size_t a, size_t b) { return laid.offsets[a] < laid.offsets[b]; });
        for (size_t i : byOffset)
            if (v[i].size != 0 || v[i].align != 1) {
                startAlign = std::min(startAlign, v[i].align);
                break;
            }
        size = std::max(size, laid.layout.size);
        align = std::max(align, laid.layout.align);
    }
    const long tagBytes = std::max(minBytes, integerForAlign(startAlign));
    return Layout{roundUpTo(size, align), align,
                  Niche{0, static_cast<int>(tagBytes), valuesOf(tagBytes) - variants.size()}, true};
}

// layout_of_enum: a variant that is uninhabited and holds only 1-ZSTs (`Ok(Infallible)`) is
// absent, needing neither space nor a discriminant value; an enum with one present variant
// is laid out as that variant's struct (`Result<Infallible, E>` is E's layout, niche and
// all), with none it is uninhabited.
std::optional<Layout> StructLayouter::enumLayout(const std::vector<std::vector<Layout>>& declared) {
    std::vector<std::vector<Layout>> variants;
    for (const auto& v : declared) {
        const bool uninhabited = std::any_of(v.begin(), v.end(), [](const Layout& f) { return f.uninhabited; });
        const bool oneZsts =
            std::all_of(v.begin(), v.end(), [](const Layout& f) { return f.size == 0 && f.align == 1; });
        if (!(uninhabited && oneZsts)) variants.push_back(v);
    }
    if (variants.empty()) return Layout{0, 1, std::nullopt, true, true};
    if (variants.size() == 1) return univariant(variants[0]).layout;
    for (const auto& v : variants)
        if (!allNichesKnown(v)) return std::nullopt;
    const Layout tag = tagged(variants);
    const auto niche = nicheFilled(variants);
    if (!niche) return tag;
    if (tag.size > niche->size || (tag.size == niche->size && available(tag) < available(*niche))) return niche;
    return tag;
}

} // namespace awaitscope
