// The server links shared/ and must build on a machine without Qt, so no
// file under shared/ may include a Qt header or name a Qt package.

#include <QtTest>

#include <QDirIterator>
#include <QRegularExpression>

class TstSharedIsQtFree : public QObject {
    Q_OBJECT

private slots:
    void noQtIncludesOrPackages()
    {
        const QRegularExpression qtInclude(QStringLiteral("^\\s*#\\s*include\\s*[<\"](Q[A-Za-z]+|Qt[A-Za-z]*/)"),
                                           QRegularExpression::MultilineOption);
        const QRegularExpression qtPackage(QStringLiteral("\\bQt[56]?::|find_package\\s*\\(\\s*Qt"));
        QStringList offenders;
        int scanned = 0;
        QDirIterator it(QStringLiteral(FV_SHARED_DIR), {"*.h", "*.cpp", "*.hpp", "CMakeLists.txt"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            ++scanned;
            if (text.contains(qtInclude) || text.contains(qtPackage)) offenders << file.fileName();
        }
        QVERIFY2(scanned > 20, "shared/ was not found or is nearly empty");
        QVERIFY2(offenders.isEmpty(), qPrintable("Qt used in shared/: " + offenders.join(", ")));
    }
};

QTEST_APPLESS_MAIN(TstSharedIsQtFree)
#include "moc_tst_shared_is_qt_free.cpp"
