// Issue 4 figures: open a 200-question form (parse, start, build every item) ≤ 300 ms;
// recompute after one answer in a form of 200 fields with a 50-row repeat ≤ 16 ms; 100 repeat
// rows stay responsive (time to add a row and to answer in it when 100 are there).
#include "engine/formparser.h"
#include "engine/formsession.h"
#include "generatedform.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace pluslife::forms;
using pluslife::bench::generatedForm;

namespace {

FormContext context()
{
    FormContext c;
    c.userName = QStringLiteral("bench");
    c.now = [] { return QDateTime::currentDateTime(); };
    return c;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, int(values.size() * 0.95)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QElapsedTimer timer;

    // 1. Open a 200-question form: parse + check, start a session, build every item.
    const QByteArray form200 = generatedForm(200, false);
    QList<double> opens;
    for (int run = 0; run < 15; ++run) {
        timer.start();
        const FormParseResult parsed = parseForm(form200);
        auto session = FormSession::start(parsed.form, context());
        const QList<FormItem> items = session->allItems();
        opens << timer.nsecsElapsed() / 1e6;
        if (!parsed.ok() || items.size() != 200) {
            out << "form did not open: " << parsed.report() << "\n";
            return 1;
        }
    }
    out << "open a 200-question form: median " << median(opens) << " ms, p95 "
        << percentile95(opens) << " ms (target <= 300 ms)\n";

    // 2. One answer in a form of 200 fields with a 50-row repeat.
    const FormParseResult parsed = parseForm(generatedForm(200, true));
    if (!parsed.ok()) {
        out << parsed.report() << "\n";
        return 1;
    }
    auto session = FormSession::start(parsed.form, context());
    for (int row = 1; row <= 50; ++row) {
        session->addRepeat(QStringLiteral("/data/member"));
        session->setValue(QStringLiteral("/data/member[%1]/age").arg(row),
                          QString::number(10 + row));
        session->setValue(QStringLiteral("/data/member[%1]/works").arg(row), QStringLiteral("yes"));
    }
    QList<double> answers;
    for (int run = 0; run < 60; ++run) {
        const QString path = run % 2 ? QStringLiteral("/data/q%1").arg(1 + 4 * (run % 50))
                                     : QStringLiteral("/data/member[%1]/income").arg(1 + run % 50);
        const QString value = run % 2
                                  ? (run % 4 == 1 ? QStringLiteral("yes") : QStringLiteral("no"))
                                  : QString::number(run * 1000);
        timer.start();
        const FormChange change = session->setValue(path, value);
        // What the renderer does next: refresh the items that changed.
        for (const QString &changed : change.changedPaths)
            session->item(changed);
        answers << timer.nsecsElapsed() / 1e6;
    }
    out << "recompute after one answer (200 fields + 50-row repeat, incl. refreshing changed "
           "items): median "
        << median(answers) << " ms, p95 " << percentile95(answers) << " ms (target <= 16 ms)\n";

    // 3. 100 repeat rows: adding the 100th and answering inside it.
    auto many = FormSession::start(parsed.form, context());
    QList<double> adds;
    for (int row = 1; row <= 100; ++row) {
        timer.start();
        many->addRepeat(QStringLiteral("/data/member"));
        adds << timer.nsecsElapsed() / 1e6;
    }
    QList<double> rowAnswers;
    for (int run = 0; run < 30; ++run) {
        timer.start();
        many->setValue(QStringLiteral("/data/member[100]/age"), QString::number(20 + run));
        rowAnswers << timer.nsecsElapsed() / 1e6;
    }
    timer.start();
    const QList<FormIssue> issues = many->validate();
    const double validateMs = timer.nsecsElapsed() / 1e6;
    out << "100 repeat rows: adding the 100th row " << adds.last()
        << " ms; an answer in row 100: median " << median(rowAnswers) << " ms, p95 "
        << percentile95(rowAnswers) << " ms; validate all " << validateMs << " ms ("
        << issues.size() << " issues)\n";
    return 0;
}
