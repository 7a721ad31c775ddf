#pragma once

#include "i18n/language_watch.h"
#include "store/user_store.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class SignaturePad;

// One side's signature on one document (a visit or an acceptance): what is
// signed (title, key fields, photo count, content hash), the latest signature
// of that side and whether it is valid or void, and signing anew. A signature
// is a new record every time; an earlier void one stays on record.
//
// A signature whose content hash no longer matches the document shows as
// void even before the guard (signature/signature_guard.h) has saved it so.
class SigningController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(UserStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString documentType READ documentType WRITE setDocumentType NOTIFY documentChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentChanged)
    Q_PROPERTY(QString side READ side WRITE setSide NOTIFY documentChanged)
    // Where signature images are written; empty (the default): the app's blob folder, beside the photos.
    Q_PROPERTY(QString imageFolder READ imageFolder WRITE setImageFolder NOTIFY documentChanged)

    Q_PROPERTY(bool documentFound READ documentFound NOTIFY refreshed)
    Q_PROPERTY(QString projectId READ projectId NOTIFY refreshed)
    Q_PROPERTY(QString documentTitle READ documentTitle NOTIFY refreshed)
    Q_PROPERTY(QStringList summary READ summary NOTIFY refreshed)
    Q_PROPERTY(int photoCount READ photoCount NOTIFY refreshed)
    Q_PROPERTY(QString contentSha256 READ contentSha256 NOTIFY refreshed)

    Q_PROPERTY(State state READ state NOTIFY refreshed)
    Q_PROPERTY(QString signatureId READ signatureId NOTIFY refreshed)
    Q_PROPERTY(QString signerName READ signerName NOTIFY refreshed)
    Q_PROPERTY(QString signerRole READ signerRole NOTIFY refreshed)
    Q_PROPERTY(QDateTime signedAt READ signedAt NOTIFY refreshed)
    Q_PROPERTY(QString signedAtText READ signedAtText NOTIFY refreshed)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY refreshed)
    // Why the signature is void, in the reader's language.
    Q_PROPERTY(QString voidReason READ voidReason NOTIFY refreshed)
    Q_PROPERTY(int signatureCount READ signatureCount NOTIFY refreshed)

    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum State { None, Valid, Void };
    Q_ENUM(State)

    explicit SigningController(QObject* parent = nullptr);
    ~SigningController() override;

    UserStore* store() const { return m_store; }
    void setStore(UserStore* store);
    QString documentType() const { return m_documentType; }
    void setDocumentType(const QString& type);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString& id);
    QString side() const { return m_side; }
    void setSide(const QString& side);
    QString imageFolder() const;
    void setImageFolder(const QString& folder);

    bool documentFound() const { return m_view.found; }
    QString projectId() const { return m_view.projectId; }
    QString documentTitle() const { return m_view.title; }
    QStringList summary() const { return m_view.summary; }
    int photoCount() const { return m_view.photoCount; }
    QString contentSha256() const { return m_view.contentSha256; }

    State state() const { return m_view.state; }
    QString signatureId() const { return m_view.signatureId; }
    QString signerName() const { return m_view.signerName; }
    QString signerRole() const { return m_view.signerRole; }
    QDateTime signedAt() const { return m_view.signedAt; }
    QString signedAtText() const; // in the app's date wording
    QUrl imageUrl() const { return m_view.imageUrl; }
    QString voidReason() const { return m_view.voidReason; }
    int signatureCount() const { return m_view.signatureCount; }
    QString errorString() const { return m_errorString; }

    // Signs the document as it is now with the strokes on `pad`: writes the
    // PNG and queues it, then saves the Signature. False, with errorString,
    // when the pad is empty, the name missing or the save fails.
    Q_INVOKABLE bool sign(SignaturePad* pad, const QString& signerName, const QString& signerRole);
    Q_INVOKABLE void refresh();

    // What the screens show, read in one go.
    struct View {
        bool found = false;
        QString projectId;
        QString title;
        QStringList summary;
        int photoCount = 0;
        QString contentSha256;
        State state = None;
        QString signatureId;
        QString signerName;
        QString signerRole;
        QDateTime signedAt;
        QUrl imageUrl;
        QString voidReason;
        int signatureCount = 0;
    };

signals:
    void storeChanged();
    void documentChanged();
    void refreshed();
    void errorStringChanged();
    void signedNow(); // a new valid signature was saved

private:
    void setErrorString(const QString& text);

    QPointer<UserStore> m_store;
    QString m_documentType;
    QString m_documentId;
    QString m_side = QStringLiteral("customer");
    QString m_imageFolder;
    View m_view;
    QString m_errorString;
    LanguageWatch m_languageWatch;
};
