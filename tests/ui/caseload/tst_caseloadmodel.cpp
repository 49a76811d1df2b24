// The caseload model under QAbstractItemModelTester; sorting in Persian alphabetical order.
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadsortproxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

domain::HouseholdSummary file(qint64 id, const QString &number, const QString &head, int members,
                              qint64 worker = 0)
{
    domain::HouseholdSummary s;
    s.id = id;
    s.fileNumber = number;
    s.headName = head;
    s.status = u"active"_s;
    s.memberCount = members;
    s.workerId = worker;
    s.workerName = worker ? u"مددکار"_s : QString();
    return s;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestCaseloadModel : public QObject {
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void displaysLocalizedDigits();
    void sortsInPersianOrder();
};

void TestCaseloadModel::passesTheModelTester()
{
    ui::CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::CaseloadSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ui::CaseloadModel::Head);
    model.setFiles({file(1, u"1001-000001"_s, u"زهرا کریمی"_s, 3),
                    file(2, u"1001-000002"_s, u"آرش نادری"_s, 2, 7)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ui::CaseloadModel::ColumnCount));
    model.setLocale(QLocale(QLocale::Persian, QLocale::Iran));
    model.setFiles({});
    QCOMPARE(model.rowCount(), 0);
    model.setFiles({file(3, u"1001-000003"_s, u"بهرام"_s, 1)});
    QCOMPARE(proxy.rowCount(), 1);
}

void TestCaseloadModel::displaysLocalizedDigits()
{
    ui::CaseloadModel model;
    model.setLocale(QLocale(QLocale::Persian, QLocale::Iran));
    model.setFiles({file(1, u"1001-000012"_s, u"زهرا کریمی"_s, 12)});
    const QString number = model.index(0, ui::CaseloadModel::FileNumber).data().toString();
    QVERIFY2(number.contains(u"۱۰۰۱-۰۰۰۰۱۲"_s), qPrintable(number));
    QCOMPARE(model.index(0, ui::CaseloadModel::Members).data().toString(), u"۱۲"_s);
    QCOMPARE(model.index(0, ui::CaseloadModel::FileNumber).data(ui::CaseloadModel::SortRole),
             QVariant(u"1001-000012"_s));
    QCOMPARE(model.index(0, ui::CaseloadModel::Status).data().toString(),
             domain::householdStatusDisplayName(u"active"_s));
    QCOMPARE(model.index(0, ui::CaseloadModel::Worker).data().toString(),
             ui::CaseloadModel::tr("Unassigned"));
    QCOMPARE(model.index(0, 0).data(ui::CaseloadModel::HouseholdIdRole).toLongLong(), 1);
}

void TestCaseloadModel::sortsInPersianOrder()
{
    ui::CaseloadModel model;
    model.setFiles(
        {file(1, u"1001-000001"_s, u"ژیلا"_s, 9), file(2, u"1001-000002"_s, u"زهرا"_s, 10),
         file(3, u"1001-000003"_s, u"پریسا"_s, 2), file(4, u"1001-000004"_s, u"آرش"_s, 1),
         file(5, u"1001-000005"_s, u"بهرام"_s, 3),
         file(6, u"1001-000006"_s, u"كاوه"_s, 4)}); // Arabic kaf sorts as ک
    ui::CaseloadSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ui::CaseloadModel::Head, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ui::CaseloadModel::Head),
             QStringList({u"آرش"_s, u"بهرام"_s, u"پریسا"_s, u"زهرا"_s, u"ژیلا"_s, u"كاوه"_s}));
    proxy.sort(ui::CaseloadModel::Members, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ui::CaseloadModel::Head).data().toString(), u"زهرا"_s); // 10 > 9
    proxy.sort(-1);
    QCOMPARE(proxy.index(0, ui::CaseloadModel::Head).data().toString(), u"ژیلا"_s); // search order
}

QTEST_MAIN(TestCaseloadModel)
#include "tst_caseloadmodel.moc"
