#include "TextPositions.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace awaitscope {

int documentOffset(const QTextDocument* document, TextPosition position) {
    const QTextBlock block = document->findBlockByNumber(position.line - 1);
    if (!block.isValid()) return -1;
    const QString text = block.text();
    int units = 0;
    // Walk characters, not UTF-16 units: a surrogate pair is one column.
    for (int column = 1; column < position.column && units < text.size(); ++column)
        units += (text.at(units).isHighSurrogate() && units + 1 < text.size()) ? 2 : 1;
    return block.position() + units;
}

TextPosition textPositionOf(const QTextCursor& cursor) {
    const QString text = cursor.block().text();
    const int units = cursor.positionInBlock();
    int column = 1;
    for (int i = 0; i < units && i < text.size(); ++i)
        if (!text.at(i).isLowSurrogate()) ++column;
    return {cursor.blockNumber() + 1, column};
}

} // namespace awaitscope
