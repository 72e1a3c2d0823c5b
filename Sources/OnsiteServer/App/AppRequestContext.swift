public import Hummingbird
import OnsiteStore

/// The context of every request: Hummingbird's, plus who is asking.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user, or the local user of a single-user server; set by ``SessionMiddleware``.
    var visitor: Visitor?
    /// The CSRF token of a visitor who is not signed in (the `onsite_csrf` cookie).
    var anonymousCSRF = ""
    /// The fields of a posted form, read (and its CSRF token checked) by ``SessionMiddleware``.
    var form = FormFields()
    /// The IP address of the peer that opened the connection (a proxy, when there is one);
    /// `nil` when the transport has none, as in router tests.
    let peerAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Forms and JSON bodies are small; larger ones are refused with 413 before they are read.
    public var maxUploadSize: Int { 256 * 1024 }

    /// The visitor, or the sign-in page (401 for the API) when nobody is signed in.
    func requireVisitor() throws -> Visitor {
        guard let visitor else { throw AppError.signInRequired }
        return visitor
    }

    /// The CSRF token forms on this page must carry.
    var csrfToken: String { visitor?.csrfToken ?? anonymousCSRF }
}

/// Who is making a request.
struct Visitor: Sendable {
    /// The owner of the rows they read and write (``SQLiteStore/localUser`` when single-user).
    var userID: Int64
    /// The account's email; `nil` for the local user.
    var email: String?
    /// The token every form they submit must carry.
    var csrfToken: String
    /// The hash of their session token, when signed in.
    var sessionTokenHash: String?

    var isSignedIn: Bool { email != nil }
}
