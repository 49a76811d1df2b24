#include "formparserfuzz.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QtTest>

// Every form of the corpus and the library, and cut or damaged copies of each, through the
// fuzz entry point: whatever the fuzzer once found stays found (crash inputs are added to
// tests/data/forms/fuzz/), and a compiler without libFuzzer still runs the same code.
class TestFuzzReplay : public QObject {
    Q_OBJECT

private slots:
    void replay()
    {
        QStringList roots = {qEnvironmentVariable("PLUSLIFE_TEST_DATA") + QStringLiteral("/forms"),
                             QStringLiteral(":/pluslife/forms")};
        int inputs = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QByteArray bytes = pluslife::test::readFile(it.next());
                const auto run = [&](const QByteArray &input) {
                    fuzzFormParser(reinterpret_cast<const uint8_t *>(input.constData()),
                                   size_t(input.size()));
                    ++inputs;
                };
                run(bytes);
                // Truncations and single-byte damage at a spread of places.
                const int step = qMax(1, int(bytes.size() / 16));
                for (int at = step; at < bytes.size(); at += step) {
                    run(bytes.left(at));
                    QByteArray damaged = bytes;
                    damaged[at] = char(damaged.at(at) ^ 0x20);
                    run(damaged);
                }
            }
        }
        QVERIFY2(inputs > 100, "no corpus found");
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
