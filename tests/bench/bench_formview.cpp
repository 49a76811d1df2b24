// Issue 4 figures on screen: a 200-question form opened in the renderer (parse, session, every
// widget built and shown, offscreen) and one answer typed with the widgets it refreshes; the
// same with 100 repeat rows on one page.
#include "engine/formparser.h"
#include "engine/formsession.h"
#include "forms/formview.h"
#include "generatedform.h"
#include "localization.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace pluslife;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

forms::FormContext context()
{
    forms::FormContext c;
    c.now = [] { return QDateTime::currentDateTime(); };
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::installLocalization(app, QLocale(QLocale::Persian, QLocale::Iran));
    QTextStream out(stdout);
    QElapsedTimer timer;

    const QByteArray xml = bench::generatedForm(200, true);
    QList<double> opens;
    for (int run = 0; run < 7; ++run) {
        timer.start();
        const forms::FormParseResult parsed = forms::parseForm(xml);
        auto session = forms::FormSession::start(parsed.form, context());
        ui::FormView view(*session);
        view.resize(900, 700);
        view.show();
        QApplication::processEvents();
        opens << timer.nsecsElapsed() / 1e6;
    }
    out << "open a 200-question form on screen (parse, session, widgets, shown): median "
        << median(opens) << " ms (target <= 300 ms)\n";

    const forms::FormParseResult parsed = forms::parseForm(xml);
    auto session = forms::FormSession::start(parsed.form, context());
    for (int row = 1; row <= 100; ++row)
        session->addRepeat(QStringLiteral("/data/member"));
    ui::FormView view(*session);
    view.resize(900, 700);
    view.show();
    QApplication::processEvents();
    QList<double> answers;
    for (int run = 0; run < 40; ++run) {
        timer.start();
        view.setAnswer(QStringLiteral("/data/q%1").arg(1 + 4 * (run % 50)),
                       run % 2 ? QStringLiteral("yes") : QStringLiteral("no"));
        QApplication::processEvents();
        answers << timer.nsecsElapsed() / 1e6;
    }
    out << "one answer on screen with 100 repeat rows in the form: median " << median(answers)
        << " ms, worst " << *std::max_element(answers.cbegin(), answers.cend()) << " ms\n";
    int repeatPage = -1;
    for (int page = 0; page < view.pageCount(); ++page) {
        for (const forms::FormItem &item : session->pageItems(page)) {
            if (item.kind == forms::FormItem::Kind::Group ||
                item.kind == forms::FormItem::Kind::Repeat)
                repeatPage = page;
        }
    }
    timer.start();
    view.goToPage(repeatPage);
    QApplication::processEvents();
    out << "the page of 100 repeat rows (400 questions) built and shown: "
        << timer.nsecsElapsed() / 1e6 << " ms\n";
    QList<double> rowAnswers;
    for (int run = 0; run < 20; ++run) {
        timer.start();
        view.setAnswer(QStringLiteral("/data/member[100]/age"), QString::number(20 + run));
        QApplication::processEvents();
        rowAnswers << timer.nsecsElapsed() / 1e6;
    }
    out << "an answer in row 100 on that page: median " << median(rowAnswers) << " ms\n";
    return 0;
}
