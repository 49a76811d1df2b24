// SqlCipherDriver as a Qt SQL driver: types, binding, iteration, errors, transactions, catalog.
// Every test runs against a real keyed SQLCipher file in a temporary directory.

#include "sqlciphertestutil.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

#include <limits>
#include <memory>

using namespace sqlciphertest;

class TestSqlCipherDriver : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void roundTrip_data();
    void roundTrip();
    void largeBlob();
    void datesAsIsoText();
    void positionalBinding();
    void namedBinding();
    void nativeParameterStylesBindByPosition();
    void placeholderInsideStringIsText();
    void preparedReExec();
    void transactions();
    void lastInsertIdAndRowsAffected();
    void uniqueViolationError();
    void foreignKeyViolationError();
    void badSqlError();
    void oneStatementPerQuery();
    void forwardOnlyIteration();
    void scrollableIteration();
    void catalog();
    void formatAndEscape();
    void handles();
    void executeScript();
    void closeWithLiveQueries();

private:
    QSqlDatabase db() const { return m_conn->db(); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("statement failed: %s", qPrintable(q.lastError().text()));
        return ok;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;
};

void TestSqlCipherDriver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_conn = std::make_unique<Connection>(m_dir.filePath(QStringLiteral("store.db")), randomKey());
    QVERIFY2(m_conn->ok(), qPrintable(m_conn->error().text()));
}

void TestSqlCipherDriver::cleanupTestCase()
{
    m_conn.reset();
}

void TestSqlCipherDriver::init()
{
    QVERIFY(exec(QStringLiteral("DROP TABLE IF EXISTS child")));
    QVERIFY(exec(QStringLiteral("DROP TABLE IF EXISTS t")));
    QVERIFY(exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, "
                                "s TEXT, b BLOB, u TEXT UNIQUE)")));
    QVERIFY(exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, "
                                "parent INTEGER NOT NULL REFERENCES t(id))")));
}

void TestSqlCipherDriver::roundTrip_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected");

    const auto add = [](const char *name, const char *column, const QVariant &v,
                        const QVariant &e) {
        QTest::newRow(name) << QString::fromLatin1(column) << v << e;
    };
    add("int", "i", QVariant(int(42)), QVariant(qlonglong(42)));
    add("int negative", "i", QVariant(int(-7)), QVariant(qlonglong(-7)));
    add("int64 max", "i", QVariant(std::numeric_limits<qint64>::max()),
        QVariant(qlonglong(std::numeric_limits<qint64>::max())));
    add("int64 min", "i", QVariant(std::numeric_limits<qint64>::min()),
        QVariant(qlonglong(std::numeric_limits<qint64>::min())));
    add("uint", "i", QVariant(uint(4000000000u)), QVariant(qlonglong(4000000000LL)));
    add("bool true", "i", QVariant(true), QVariant(qlonglong(1)));
    add("bool false", "i", QVariant(false), QVariant(qlonglong(0)));
    add("double pi", "r", QVariant(3.141592653589793), QVariant(3.141592653589793));
    add("double negative", "r", QVariant(-1.5e-300), QVariant(-1.5e-300));
    add("double max", "r", QVariant(std::numeric_limits<double>::max()),
        QVariant(std::numeric_limits<double>::max()));
    add("double denormal", "r", QVariant(std::numeric_limits<double>::denorm_min()),
        QVariant(std::numeric_limits<double>::denorm_min()));
    add("text ascii", "s", QVariant(QStringLiteral("hello")), QVariant(QStringLiteral("hello")));
    const QString persian = QStringLiteral("سارا رضایی، کد ملی ۰۰۱۲۳۴۵۶۷۸");
    add("text persian", "s", QVariant(persian), QVariant(persian));
    const QString emoji = QStringLiteral("خانواده 👨‍👩‍👧 ok");
    add("text surrogate pairs", "s", QVariant(emoji), QVariant(emoji));
    const QString withNul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
    add("text embedded NUL", "s", QVariant(withNul), QVariant(withNul));
    add("text empty", "s", QVariant(QString(QLatin1String(""))),
        QVariant(QString(QLatin1String(""))));
    const QByteArray zeros("\0\x01\0\xff", 4);
    add("blob zero bytes", "b", QVariant(zeros), QVariant(zeros));
    add("blob empty", "b", QVariant(QByteArray("")), QVariant(QByteArray("")));
    // Like Qt's own drivers: a null QString/QByteArray/QDate inside a valid QVariant is NULL.
    add("null QString", "s", QVariant(QString()), QVariant(QMetaType::fromType<QString>()));
    add("null QByteArray", "b", QVariant(QByteArray()),
        QVariant(QMetaType::fromType<QByteArray>()));
    add("null QDate", "s", QVariant(QDate()), QVariant(QMetaType::fromType<QString>()));
    add("null invalid", "i", QVariant(), QVariant(QMetaType::fromType<qlonglong>()));
    add("null int", "i", QVariant(QMetaType::fromType<int>()),
        QVariant(QMetaType::fromType<qlonglong>()));
    add("null real", "r", QVariant(QMetaType::fromType<double>()),
        QVariant(QMetaType::fromType<double>()));
    add("null text", "s", QVariant(QMetaType::fromType<QString>()),
        QVariant(QMetaType::fromType<QString>()));
    add("null blob", "b", QVariant(QMetaType::fromType<QByteArray>()),
        QVariant(QMetaType::fromType<QByteArray>()));
}

void TestSqlCipherDriver::roundTrip()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);

    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (%1) VALUES (?)").arg(column)));
    insert.addBindValue(value);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    const QVariant id = insert.lastInsertId();

    for (const bool forwardOnly : {false, true}) {
        QSqlQuery select(db());
        select.setForwardOnly(forwardOnly);
        QVERIFY(select.prepare(
            QStringLiteral("SELECT %1, typeof(%1) FROM t WHERE id = ?").arg(column)));
        select.addBindValue(id);
        QVERIFY2(select.exec(), qPrintable(select.lastError().text()));
        QVERIFY(select.next());
        const QVariant got = select.value(0);
        QCOMPARE(got.metaType(), expected.metaType());
        QCOMPARE(got.isNull(), expected.isNull());
        QCOMPARE(select.isNull(0), expected.isNull());
        if (!expected.isNull())
            QCOMPARE(got, expected);
        // The storage class SQLite recorded: an empty blob or string is not NULL.
        const QString storage = select.value(1).toString();
        if (expected.isNull())
            QCOMPARE(storage, QStringLiteral("null"));
        else if (expected.metaType() == QMetaType::fromType<QByteArray>())
            QCOMPARE(storage, QStringLiteral("blob"));
        else if (expected.metaType() == QMetaType::fromType<QString>())
            QCOMPARE(storage, QStringLiteral("text"));
        if (expected.metaType() == QMetaType::fromType<QString>() && !expected.isNull())
            QVERIFY(!got.toString().isNull());
        QVERIFY(!select.next());
    }
}

void TestSqlCipherDriver::largeBlob()
{
    QByteArray blob(1024 * 1024 + 3, '\0');
    for (qsizetype i = 0; i < blob.size(); ++i)
        blob[i] = char((i * 131 + 7) % 256);
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (b) VALUES (:b)")));
    q.bindValue(QStringLiteral(":b"), blob);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT b, length(b) FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toLongLong(), qlonglong(blob.size()));
    QCOMPARE(q.value(0).toByteArray(), blob);
}

void TestSqlCipherDriver::datesAsIsoText()
{
    const QDate date(2024, 3, 20);
    const QDateTime utc(date, QTime(10, 11, 12, 345), Qt::UTC);
    const QTime time(23, 59, 58, 7);
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (s, u) VALUES (?, ?)")));
    q.addBindValue(date);
    q.addBindValue(utc);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.addBindValue(time);
    q.addBindValue(QVariant(QMetaType::fromType<QDateTime>()));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT s, u, typeof(u) FROM t ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0), QVariant(QStringLiteral("2024-03-20")));
    QCOMPARE(q.value(1), QVariant(QStringLiteral("2024-03-20T10:11:12.345Z")));
    QCOMPARE(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), utc);
    QVERIFY(q.next());
    QCOMPARE(q.value(0), QVariant(QStringLiteral("23:59:58.007")));
    QCOMPARE(q.value(2), QVariant(QStringLiteral("null")));
}

void TestSqlCipherDriver::positionalBinding()
{
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s, r) VALUES (?, ?, ?)")));
    q.addBindValue(1);
    q.addBindValue(QStringLiteral("one"));
    q.addBindValue(1.5);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.bindValue(2, 2.5); // bind out of order by position
    q.bindValue(0, 2);
    q.bindValue(1, QStringLiteral("two"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QVERIFY(q.exec(QStringLiteral("SELECT i, s, r FROM t ORDER BY i")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("one"));
    QCOMPARE(q.value(2).toDouble(), 1.5);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 2);
    QCOMPARE(q.value(1).toString(), QStringLiteral("two"));
    QCOMPARE(q.value(2).toDouble(), 2.5);

    // Too few values is an error, not a silent NULL.
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)")));
    q.addBindValue(3);
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
}

void TestSqlCipherDriver::namedBinding()
{
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s, u) VALUES (:num, :name, :name)")));
    q.bindValue(QStringLiteral(":name"), QStringLiteral("Sara")); // same name used twice
    q.bindValue(QStringLiteral(":num"), 10);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    // Positional values for a named query follow the order of appearance.
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s, u) VALUES (:num, :name, :other)")));
    q.addBindValue(20);
    q.addBindValue(QStringLiteral("Reza"));
    q.addBindValue(QStringLiteral("Reza-u"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QSqlQuery s(db());
    QVERIFY(s.prepare(QStringLiteral("SELECT i, s, u FROM t WHERE s = :who OR u = :who")));
    s.bindValue(QStringLiteral(":who"), QStringLiteral("Sara"));
    QVERIFY2(s.exec(), qPrintable(s.lastError().text()));
    QVERIFY(s.next());
    QCOMPARE(s.value(0).toLongLong(), 10);
    QCOMPARE(s.value(2).toString(), QStringLiteral("Sara"));
    QVERIFY(!s.next());
    s.bindValue(QStringLiteral(":who"), QStringLiteral("Reza-u"));
    QVERIFY(s.exec());
    QVERIFY(s.next());
    QCOMPARE(s.value(0).toLongLong(), 20);
    QCOMPARE(s.value(1).toString(), QStringLiteral("Reza"));
}

void TestSqlCipherDriver::nativeParameterStylesBindByPosition()
{
    // Qt does not know SQLite's @name/$name styles and passes them through unchanged: they bind
    // by position (the statement as SQLite sees it, not Qt's rewritten form).
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (@a, $b)")));
    q.addBindValue(5);
    q.addBindValue(QStringLiteral("five"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("SELECT s FROM t WHERE i = @i AND s = @s")));
    q.addBindValue(5);
    q.addBindValue(QStringLiteral("five"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("five"));
}

void TestSqlCipherDriver::placeholderInsideStringIsText()
{
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (:v, ':v and ?')")));
    q.bindValue(QStringLiteral(":v"), 9);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT i, s FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 9);
    QCOMPARE(q.value(1).toString(), QStringLiteral(":v and ?"));
}

void TestSqlCipherDriver::preparedReExec()
{
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (:i, :s)")));
    for (int i = 0; i < 50; ++i) {
        insert.bindValue(QStringLiteral(":i"), i);
        insert.bindValue(QStringLiteral(":s"), i % 2 ? QVariant(QStringLiteral("odd"))
                                                     : QVariant()); // NULL must not stick
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QSqlQuery select(db());
    select.setForwardOnly(true);
    QVERIFY(select.prepare(QStringLiteral("SELECT s FROM t WHERE i = ?")));
    for (int i = 0; i < 50; ++i) {
        select.addBindValue(i);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).isNull(), i % 2 == 0);
        QVERIFY(!select.next());
    }
    QVERIFY(select.exec(QStringLiteral("SELECT count(*), count(s) FROM t")));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toLongLong(), 50);
    QCOMPARE(select.value(1).toLongLong(), 25);
}

void TestSqlCipherDriver::transactions()
{
    QSqlDatabase d = db();
    QVERIFY(d.driver()->hasFeature(QSqlDriver::Transactions));
    QVERIFY(d.transaction());
    QVERIFY(exec(QStringLiteral("INSERT INTO t (i) VALUES (1)")));
    QVERIFY(d.rollback());
    QVERIFY(d.transaction());
    QVERIFY(exec(QStringLiteral("INSERT INTO t (i) VALUES (2)")));
    QVERIFY(d.commit());

    QSqlQuery q(d);
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(i) FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2"));

    QVERIFY(!d.commit()); // no transaction open
    QCOMPARE(d.lastError().type(), QSqlError::TransactionError);
    QCOMPARE(d.lastError().nativeErrorCode(), QStringLiteral("1"));
}

void TestSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (id, i) VALUES (41, 1)")));
    QCOMPARE(q.lastInsertId(), QVariant(qlonglong(41)));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1)")));
    QCOMPARE(q.lastInsertId(), QVariant(qlonglong(42)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (2)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE t SET r = 0.5 WHERE i = 1")));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(q.exec(QStringLiteral("UPDATE t SET r = 0.5 WHERE i = 99")));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM t")));
    QCOMPARE(q.numRowsAffected(), 3);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS other (x)")));
    QCOMPARE(q.numRowsAffected(), 0); // not the DELETE's count
    QVERIFY(q.exec(QStringLiteral("DROP TABLE other")));
}

void TestSqlCipherDriver::uniqueViolationError()
{
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (u) VALUES (?)")));
    q.addBindValue(QStringLiteral("same"));
    QVERIFY(q.exec());
    q.addBindValue(QStringLiteral("same"));
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("UNIQUE constraint failed")),
             qPrintable(q.lastError().databaseText()));
    QVERIFY(!q.lastError().databaseText().contains(QLatin1String("same"))); // no value leaked
    // The statement is reusable after the error.
    q.addBindValue(QStringLiteral("other"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestSqlCipherDriver::foreignKeyViolationError()
{
    QSqlQuery q(db());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO child (parent) VALUES (12345)")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("787")); // CONSTRAINT_FOREIGNKEY
}

void TestSqlCipherDriver::badSqlError()
{
    QSqlQuery q(db());
    QVERIFY(!q.prepare(QStringLiteral("SELEC nonsense FROM")));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("1"));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("syntax error")));
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM no_such_table")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("1"));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("no such table")));
}

void TestSqlCipherDriver::oneStatementPerQuery()
{
    QSqlQuery q(db());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1); INSERT INTO t (i) VALUES (2)")));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (3); -- trailing comment\n")));
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(i) FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("3"));
}

void TestSqlCipherDriver::forwardOnlyIteration()
{
    QVERIFY(
        exec(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                            "WHERE x < 100) INSERT INTO t (i, s) SELECT x, 'row' || x FROM n")));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT i, s FROM t ORDER BY i")));
    QCOMPARE(q.record().count(), 2);
    QCOMPARE(q.record().fieldName(1), QStringLiteral("s"));
    int expected = 1;
    while (q.next()) {
        QCOMPARE(q.at(), expected - 1);
        QCOMPARE(q.value(0).toLongLong(), expected);
        QCOMPARE(q.value(1).toString(), QStringLiteral("row%1").arg(expected));
        ++expected;
    }
    QCOMPARE(expected, 101);
    QVERIFY(!q.lastError().isValid());

    QVERIFY(q.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
    QVERIFY(q.seek(9)); // forward seeks are allowed
    QCOMPARE(q.value(0).toLongLong(), 10);
    QVERIFY(q.last());
    QCOMPARE(q.at(), 99);
    QCOMPARE(q.value(0).toLongLong(), 100);
    QVERIFY(!q.next());

    QVERIFY(q.exec(QStringLiteral("SELECT i FROM t WHERE i > 1000")));
    QVERIFY(q.isActive());
    QVERIFY(q.isSelect());
    QVERIFY(!q.next());
}

void TestSqlCipherDriver::scrollableIteration()
{
    QVERIFY(exec(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                                "WHERE x < 100) INSERT INTO t (i) SELECT x FROM n")));
    QSqlQuery q(db());
    QVERIFY(!q.isForwardOnly());
    QVERIFY(q.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
    QVERIFY(q.seek(49));
    QCOMPARE(q.value(0).toLongLong(), 50);
    QVERIFY(q.previous());
    QCOMPARE(q.value(0).toLongLong(), 49);
    QVERIFY(q.last());
    QCOMPARE(q.at(), 99);
    QCOMPARE(q.value(0).toLongLong(), 100);
    QVERIFY(q.first());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QVERIFY(q.seek(10, true));
    QCOMPARE(q.value(0).toLongLong(), 11);
    QVERIFY(!q.seek(100));
    QVERIFY(q.seek(0));
    int rows = 1;
    while (q.next())
        ++rows;
    QCOMPARE(rows, 100);
}

void TestSqlCipherDriver::catalog()
{
    QVERIFY(exec(QStringLiteral("CREATE VIEW IF NOT EXISTS v AS SELECT i FROM t")));
    const QStringList tables = db().tables(QSql::Tables);
    QVERIFY(tables.contains(QStringLiteral("t")));
    QVERIFY(tables.contains(QStringLiteral("child")));
    QVERIFY(!tables.contains(QStringLiteral("v")));
    QCOMPARE(db().tables(QSql::Views), QStringList{QStringLiteral("v")});
    QVERIFY(db().tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));

    const QSqlRecord rec = db().record(QStringLiteral("t"));
    QCOMPARE(rec.count(), 6);
    QCOMPARE(rec.fieldName(0), QStringLiteral("id"));
    QCOMPARE(rec.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QVERIFY(rec.field(0).isAutoValue());
    QCOMPARE(rec.field(2).metaType(), QMetaType::fromType<double>());
    QCOMPARE(rec.field(3).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(rec.field(4).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(db().record(QStringLiteral("child")).field(1).requiredStatus(), QSqlField::Required);
    QVERIFY(db().record(QStringLiteral("no_such_table")).isEmpty());

    const QSqlIndex pk = db().primaryIndex(QStringLiteral("t"));
    QCOMPARE(pk.count(), 1);
    QCOMPARE(pk.fieldName(0), QStringLiteral("id"));

    // A query's record: declared types, and the value's type for expressions.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT s, 1 + 1 AS two, NULL AS nothing FROM t LIMIT 1")));
    QCOMPARE(q.record().field(0).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(q.record().fieldName(1), QStringLiteral("two"));
    QVERIFY(exec(QStringLiteral("DROP VIEW v")));
}

void TestSqlCipherDriver::formatAndEscape()
{
    QSqlDriver *driver = db().driver();
    QSqlField blob(QStringLiteral("b"), QMetaType::fromType<QByteArray>());
    blob.setValue(QByteArray("\x00\xff\x10", 3));
    QCOMPARE(driver->formatValue(blob), QStringLiteral("X'00ff10'"));
    QSqlField text(QStringLiteral("s"), QMetaType::fromType<QString>());
    text.setValue(QStringLiteral("it's"));
    QCOMPARE(driver->formatValue(text), QStringLiteral("'it''s'"));
    QSqlField null(QStringLiteral("n"), QMetaType::fromType<QString>());
    QCOMPARE(driver->formatValue(null), QStringLiteral("NULL"));
    QCOMPARE(driver->escapeIdentifier(QStringLiteral("my \"table\""), QSqlDriver::TableName),
             QStringLiteral("\"my \"\"table\"\"\""));
    QCOMPARE(driver->escapeIdentifier(QStringLiteral("\"done\""), QSqlDriver::FieldName),
             QStringLiteral("\"done\""));
}

void TestSqlCipherDriver::handles()
{
    const QVariant h = db().driver()->handle();
    QCOMPARE(QByteArray(h.typeName()), QByteArray("sqlite3*"));
    QVERIFY(*static_cast<void *const *>(h.constData()) != nullptr);
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("SELECT 1")));
    QCOMPARE(QByteArray(q.driver()->handle().typeName()), QByteArray("sqlite3*"));
}

void TestSqlCipherDriver::executeScript()
{
    auto *driver = m_conn->driver();
    QSqlError error;
    QVERIFY2(driver->executeScript(QStringLiteral("CREATE TABLE s1 (a INTEGER);\n"
                                                  "INSERT INTO s1 VALUES (1);\n"
                                                  "INSERT INTO s1 VALUES (2);"),
                                   &error),
             qPrintable(error.text()));
    QVERIFY(!driver->executeScript(QStringLiteral("INSERT INTO s1 VALUES (3); BROKEN SQL; "
                                                  "INSERT INTO s1 VALUES (4);"),
                                   &error));
    QCOMPARE(error.type(), QSqlError::StatementError);
    QCOMPARE(error.nativeErrorCode(), QStringLiteral("1"));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(a) FROM s1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("1,2,3"));
    QVERIFY(q.exec(QStringLiteral("DROP TABLE s1")));
}

void TestSqlCipherDriver::closeWithLiveQueries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.db"));
    const QByteArray key = randomKey();
    Connection conn(path, key);
    QVERIFY(conn.ok());
    QSqlDatabase d = conn.db();
    QSqlQuery create(d);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE x (a)")));
    QVERIFY(create.exec(QStringLiteral("INSERT INTO x VALUES (1), (2), (3)")));
    QSqlQuery midway(d);
    midway.setForwardOnly(true);
    QVERIFY(midway.exec(QStringLiteral("SELECT a FROM x")));
    QVERIFY(midway.next()); // statement left mid-iteration
    QSqlQuery prepared(d);
    QVERIFY(prepared.prepare(QStringLiteral("SELECT a FROM x WHERE a = ?")));

    d.close(); // must finalize the live statements, not fail with SQLITE_BUSY
    QVERIFY(!d.isOpen());
    prepared.addBindValue(1);
    QVERIFY(!prepared.exec());

    conn.driver()->setKey(key);
    QVERIFY(d.open());
    QVERIFY(prepared.prepare(QStringLiteral("SELECT count(*) FROM x")));
    QVERIFY(prepared.exec());
    QVERIFY(prepared.next());
    QCOMPARE(prepared.value(0).toLongLong(), 3);
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
