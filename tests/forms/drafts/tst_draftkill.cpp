#include "../../models/services/servicetestfixture.h"
#include "services/formservice.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

using namespace pluslife;

// Drafts autosave as the worker types: a writer killed with SIGKILL mid-entry loses at most the
// last second of typing, and the store opens undamaged with the draft ready to resume.
class TestDraftKill : public QObject {
    Q_OBJECT

private:
    test::CenterFixture m_center;
    qint64 m_household = 0;

    static QString firstTextQuestion(const QList<forms::FormItem> &items)
    {
        for (const forms::FormItem &item : items) {
            if (item.kind == forms::FormItem::Kind::Input && item.type == forms::DataType::String &&
                item.relevant && !item.readOnly && !item.path.isEmpty())
                return item.path;
            const QString inner = firstTextQuestion(item.children);
            if (!inner.isEmpty())
                return inner;
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_center.create());
        m_household = m_center.openHousehold(7);
        QVERIFY(m_household);
        QVERIFY(forms::FormService(*m_center.session).installLibrary().ok());
    }

    void killedWhileTyping_data()
    {
        QTest::addColumn<int>("killAfterMs");
        QTest::newRow("early") << 1300;
        QTest::newRow("later") << 2700;
        QTest::newRow("odd moment") << 2230;
    }

    void killedWhileTyping()
    {
        QFETCH(int, killAfterMs);
        forms::FormService service(*m_center.session);
        qint64 versionId = 0;
        for (const forms::InstalledForm &form : service.installedForms()) {
            if (form.formId == QLatin1String("initial_interview"))
                versionId = form.latestVersionId;
        }
        QVERIFY(versionId);
        qint64 draftId = 0;
        std::unique_ptr<forms::FormSession> filling;
        forms::FormSubject subject;
        subject.householdId = m_household;
        QVERIFY(service.startDraft(versionId, subject, &draftId, &filling).ok());
        const QString path = firstTextQuestion(filling->allItems());
        QVERIFY(!path.isEmpty());
        m_center.session->signOut(); // the writer has the store to itself, as on a desk

        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLUSLIFE_PASSWORD"), test::kManagerPassword);
        writer.setProcessEnvironment(env);
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(
            qEnvironmentVariable("PLUSLIFE_BUILD_DIR") +
                QStringLiteral("/tests/forms/drafts/draftwriter"),
            {m_center.dir.path(), m_center.keychain.serviceName(), QString::number(draftId), path});
        QVERIFY(writer.waitForStarted());
        QElapsedTimer clock;
        QList<QPair<qint64, int>> keystrokes; // (ms since typing began, keystroke number)
        QByteArray pending;
        bool ready = false;
        while (!ready || clock.elapsed() < killAfterMs) {
            QVERIFY2(writer.state() == QProcess::Running, "the writer stopped by itself");
            writer.waitForReadyRead(20);
            pending += writer.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line == "ready") {
                    ready = true;
                    clock.start();
                } else if (line.startsWith("typed ")) {
                    keystrokes.append({clock.elapsed(), line.mid(6).toInt()});
                }
            }
        }
        writer.kill(); // SIGKILL: no flush, no destructor
        QVERIFY(writer.waitForFinished());
        const qint64 killedAt = clock.elapsed();
        QVERIFY(keystrokes.size() > 10);

        int typedASecondBefore = 0;
        for (const auto &[at, number] : std::as_const(keystrokes)) {
            if (at <= killedAt - 1000)
                typedASecondBefore = number;
        }
        QVERIFY(m_center.session->signIn(QStringLiteral("manager"), test::kManagerPassword).ok());
        std::unique_ptr<forms::FormSession> resumed;
        QVERIFY(forms::FormService(*m_center.session).resumeDraft(draftId, &resumed).ok());
        const QString saved = resumed->value(path);
        QVERIFY2(saved.startsWith(QLatin1String("typed ")), qPrintable(saved));
        const int savedNumber = saved.mid(6).toInt();
        QVERIFY2(savedNumber >= typedASecondBefore,
                 qPrintable(
                     QStringLiteral("saved keystroke %1, but %2 was typed a second before the kill")
                         .arg(savedNumber)
                         .arg(typedASecondBefore)));
        QVERIFY(savedNumber <= keystrokes.last().second);
        qInfo("killed at %lld ms: keystroke %d of %d was saved (%d typed a second before the kill)",
              killedAt, savedNumber, keystrokes.last().second, typedASecondBefore);
        QVERIFY(forms::FormService(*m_center.session).discardDraft(draftId).ok());
    }
};

QTEST_GUILESS_MAIN(TestDraftKill)
#include "tst_draftkill.moc"
