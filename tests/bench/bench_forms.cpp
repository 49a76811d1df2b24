// Issue 4 figures: open a 200-question form (parse, start, build every item) ≤ 300 ms;
// recompute after one answer in a form of 200 fields with a 50-row repeat ≤ 16 ms; 100 repeat
// rows stay responsive (time to add a row and to answer in it when 100 are there).
#include "engine/formparser.h"
#include "engine/formsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace pluslife::forms;

namespace {

// A realistic mix: numbers with constraints, selects, relevance chains, calculates reading
// earlier answers, and a repeat of household members with its own calculates.
QByteArray generatedForm(int questions, bool withRepeat)
{
    QString binds;
    QString body;
    QString instance;
    for (int i = 1; i <= questions; ++i) {
        const QString name = QStringLiteral("q%1").arg(i);
        instance += QStringLiteral("<%1/>").arg(name);
        switch (i % 4) {
        case 0:
            binds +=
                QStringLiteral("<bind nodeset=\"/data/%1\" type=\"int\" constraint=\". &gt;= 0 and "
                               ". &lt; 1000\" "
                               "jr:constraintMsg=\"بین ۰ و ۱۰۰۰\" relevant=\"/data/q%2 != 'no'\"/>")
                    .arg(name)
                    .arg(i - 1);
            body += QStringLiteral("<input ref=\"/data/%1\"><label>پرسش عددی %2</label></input>")
                        .arg(name)
                        .arg(i);
            break;
        case 1:
            binds +=
                QStringLiteral("<bind nodeset=\"/data/%1\" type=\"select1\" required=\"true()\"/>")
                    .arg(name);
            body += QStringLiteral("<select1 ref=\"/data/%1\"><label>پرسش %2</label>"
                                   "<item><label>بله</label><value>yes</value></item>"
                                   "<item><label>خیر</label><value>no</value></item></select1>")
                        .arg(name)
                        .arg(i);
            break;
        case 2:
            binds += QStringLiteral("<bind nodeset=\"/data/%1\" type=\"string\" "
                                    "relevant=\"selected(/data/q%2, 'yes')\"/>")
                         .arg(name)
                         .arg(i - 1);
            body += QStringLiteral("<input ref=\"/data/%1\"><label>توضیح %2</label></input>")
                        .arg(name)
                        .arg(i);
            break;
        default:
            binds += QStringLiteral("<bind nodeset=\"/data/%1\" type=\"int\" "
                                    "calculate=\"if(/data/q%2 = 'yes', 1, 0) + "
                                    "count(/data/member)\"/>")
                         .arg(name)
                         .arg(i - 2);
            body += QStringLiteral("<input ref=\"/data/%1\"><label>محاسبه <output "
                                   "value=\"/data/%1\"/></label></input>")
                        .arg(name);
            break;
        }
    }
    if (withRepeat) {
        instance += QStringLiteral(
            "<member jr:template=\"\"><name/><age/><works/><income/></member><total/>");
        binds += QStringLiteral(
            "<bind nodeset=\"/data/member/name\" type=\"string\" required=\"true()\"/>"
            "<bind nodeset=\"/data/member/age\" type=\"int\" constraint=\". &lt; 120\"/>"
            "<bind nodeset=\"/data/member/works\" type=\"select1\" relevant=\"../age &gt;= 15\"/>"
            "<bind nodeset=\"/data/member/income\" type=\"int\" relevant=\"../works = 'yes'\"/>"
            "<bind nodeset=\"/data/total\" type=\"int\" calculate=\"sum(/data/member/income)\"/>");
        body += QStringLiteral(
            "<group ref=\"/data/member\"><label>اعضا</label><repeat nodeset=\"/data/member\">"
            "<input ref=\"/data/member/name\"><label>نام</label></input>"
            "<input ref=\"/data/member/age\"><label>سن</label></input>"
            "<select1 ref=\"/data/member/works\"><label>شاغل</label>"
            "<item><label>بله</label><value>yes</value></item>"
            "<item><label>خیر</label><value>no</value></item></select1>"
            "<input ref=\"/data/member/income\"><label>درآمد</label></input>"
            "</repeat></group>");
    }
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\"?><h:html xmlns=\"http://www.w3.org/2002/xforms\" "
            "xmlns:h=\"http://www.w3.org/1999/xhtml\" xmlns:jr=\"http://openrosa.org/javarosa\">"
            "<h:head><h:title>بنچ</h:title><model><instance><data id=\"bench\" version=\"1\">%1"
            "<meta><instanceID/></meta></data></instance>%2</model></h:head><h:body>%3</h:body></"
            "h:html>")
            .arg(instance, binds, body);
    return xml.toUtf8();
}

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
