#include "common/BoundedRead.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk {

QString byteSizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QString::number(bytes / (1024.0 * 1024.0), 'g', 4) + u" MiB"_s;
    return QString::number(bytes / 1024.0, 'g', 4) + u" KiB"_s;
}

Result<QByteArray> readAtMost(QFile& file, qint64 maxBytes)
{
    const auto tooLarge = [&] {
        return makeError(ErrorCode::Parse,
            u"%1: the file is larger than %2 (is this the right file?)"_s.arg(file.fileName(), byteSizeText(maxBytes)));
    };
    if (file.size() > maxBytes)
        return tooLarge();
    // In pieces, for files whose size says nothing (devices, pipes, /proc): never more than maxBytes + 1.
    QByteArray bytes;
    if (file.size() > 0)
        bytes.reserve(file.size());
    while (bytes.size() <= maxBytes) {
        const QByteArray piece = file.read(std::min<qint64>(1024 * 1024, maxBytes + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, u"%1: cannot read: %2"_s.arg(file.fileName(), file.errorString()));
    if (bytes.size() > maxBytes)
        return tooLarge();
    return bytes;
}

} // namespace wk
