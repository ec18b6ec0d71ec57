// wk_outbox_writer <db> <count>: adds actions to an outbox and prints each id once add() has returned, so whoever
// kills it knows that every printed id must be in the file.
#include "CrashAction.h"
#include "outbox/ActionOutbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using wk::outbox::OutboxState;

namespace {

int fail(const QString& what)
{
    std::fprintf(stderr, "wk_outbox_writer: %s\n", qUtf8Printable(what));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool countOk = false;
    const int count = args.size() == 3 ? args.at(2).toInt(&countOk) : 0;
    if (!countOk || count < 0)
        return fail(u"usage: wk_outbox_writer <db> <count>"_s);

    auto outbox = wk::outbox::ActionOutbox::open(args.at(1));
    if (!outbox)
        return fail(outbox.error().detail);

    QElapsedTimer timer;
    qint64 addNanos = 0;
    QString previousId;
    for (int i = 0; i < count; ++i) {
        const auto action = wk::crashtest::crashAction(QUuid::createUuid().toString(QUuid::WithoutBraces));
        timer.start();
        auto record = outbox->add(action, wk::crashtest::backend, QDateTime::currentDateTimeUtc());
        addNanos += timer.nsecsElapsed();
        if (!record)
            return fail(record.error().detail);
        std::fputs(qUtf8Printable(action.actionId + u'\n'), stdout);
        std::fflush(stdout);

        // Move some along, as the sender would, so that the kill also lands in the middle of updates.
        if (i % 3 != 0) {
            record->state = i % 3 == 1 ? OutboxState::Sending : OutboxState::Accepted;
            record->requestId = i % 3 == 1 ? QString() : u"req-"_s + QString::number(i);
            record->attempts = 1;
            record->updatedAt = QDateTime::currentDateTimeUtc();
            if (auto updated = outbox->update(*record); !updated)
                return fail(updated.error().detail);
        }
        if (i % 10 == 9) {
            auto again = outbox->add(
                wk::crashtest::crashAction(previousId), wk::crashtest::backend, QDateTime::currentDateTimeUtc());
            if (!again || again->action.actionId != previousId)
                return fail(u"adding %1 again did not return the stored record"_s.arg(previousId));
        }
        previousId = action.actionId;
    }
    if (count > 0)
        std::fprintf(stderr, "%d adds in %.1f ms: %.3f ms per add\n", count, addNanos / 1e6, addNanos / 1e6 / count);
    return 0;
}
