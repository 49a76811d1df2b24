#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace pluslife::storage {

class SqlCipherDriver;

// One prepared SQLCipher statement behind a QSqlQuery.
//
// Forward-only queries step the statement row by row without copying (the fast path); scrollable
// queries (Qt's default) read every row into a cache during exec() and release the statement at
// once, so seek/previous/last/first work and no read transaction stays open.
class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override; // the sqlite3_stmt* (type name "sqlite3_stmt*")

    // Called by the driver: finalize the statement before the connection closes.
    void finalizeForClose();
    // Called by the driver's destructor: the driver is gone.
    void detachDriver();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    bool prepareStatement(const QString &query);
    bool bindAll();
    bool run();
    bool stepForward();
    void captureRow(QVariantList *row) const;
    void clearRows();
    void finalizeStatement();
    bool fail(const QString &driverText, int rc, QSqlError::ErrorType type);
    bool failStep(int rc);
    bool int32Policy() const;

    const SqlCipherDriver *m_driver = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_columnCount = 0;
    QList<QMetaType> m_declaredTypes;
    QList<int> m_paramIndexes; // Qt value position → SQLite parameter index (cached per prepare)

    bool m_forwardOnly = false;  // mode captured at exec()
    bool m_pendingFirst = false; // forward-only: the statement sits on row 0, not yet fetched
    bool m_onRow = false;        // forward-only: the statement sits on the current row
    bool m_useBuffer = false;    // forward-only after fetchLast(): the row is in m_buffer
    QVariantList m_buffer;
    QList<QVariantList> m_rows; // scrollable cache

    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace pluslife::storage
