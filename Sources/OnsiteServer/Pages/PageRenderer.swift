import Foundation
import Hummingbird
import OnsiteTemplates

/// Renders the Mustache templates bundled with the server into pages.
///
/// Views are `Encodable` values; each page's view is encoded once into a ``TemplateValue``
/// tree and rendered by ``TemplateLibrary``, which looks names up in dictionaries rather than
/// through reflection (docs/server.md has the figures that led there).
///
/// Every page extends `layout.mustache` and is rendered from a ``Page``: the parts every page
/// shows (``Chrome``) and the page's own content, reached with `{{#content}}…{{/content}}`.
/// Templates escape every `{{value}}`; only HTML the server built itself (rendered Markdown,
/// highlighted evidence, SVG charts) is inserted with `{{{value}}}`.
struct PageRenderer: Sendable {
    let library: TemplateLibrary
    /// Whether the server has accounts: the chrome then shows sign-in links and hides the
    /// navigation from visitors who are not signed in.
    let multiUser: Bool

    /// Loads every template in the bundle's `Templates` folder.
    static func bundled(multiUser: Bool) async throws -> PageRenderer {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw AppError(.internalServerError, code: "missing-templates", "the server's templates are not installed")
        }
        return PageRenderer(library: try TemplateLibrary(folder: folder), multiUser: multiUser)
    }

    func render(_ template: String, _ page: some Encodable & Sendable) throws -> HTML {
        do {
            return HTML(body: try library.render(template, TemplateValueEncoder.encode(page)))
        } catch let error as TemplateError {
            throw AppError(.internalServerError, code: "template-failed", "the page could not be rendered: \(error)")
        }
    }

    /// Renders `content` as a page titled `title` in the site's chrome, with `section` marked
    /// current in the navigation and `error` (or `notice`) shown above the content.
    func render<Content: Encodable & Sendable>(
        _ template: String, title: String, _ content: Content, context: AppRequestContext, section: String,
        notice: String? = nil, error: String? = nil
    ) throws -> HTML {
        let chrome = Chrome(context: context, path: section, multiUser: multiUser, notice: notice, error: error)
        return try render(template, Page(title: title, chrome: chrome, content: content))
    }
}

/// One rendered page: its title, the site's chrome, and its own content.
struct Page<Content: Encodable & Sendable>: Encodable, Sendable {
    var title: String
    var chrome: Chrome
    var content: Content
}

/// What every page shows around its content: navigation, the account, the CSRF token for forms.
struct Chrome: Encodable, Sendable {
    struct Link: Encodable, Sendable {
        var href: String
        var label: String
        var current: Bool
    }

    var csrf: String
    var signedIn: Bool
    var email: String?
    var multiUser: Bool
    var nav: [Link]
    var notice: String?
    var error: String?

    /// The sections of the site, in the order of the navigation.
    static let sections: [(href: String, label: String)] = [
        ("/", "Dashboard"), ("/questions", "Questions"), ("/exercises", "Exercises"), ("/interviews", "Interviews"),
        ("/review", "Review"), ("/plan", "Plan"), ("/history", "History"), ("/tools/resume", "Resume and job"),
        ("/settings", "Settings"),
    ]

    init(context: AppRequestContext, path: String, multiUser: Bool, notice: String? = nil, error: String? = nil) {
        csrf = context.csrfToken
        signedIn = context.visitor?.isSignedIn ?? false
        email = context.visitor?.email
        self.multiUser = multiUser
        let showNav = !multiUser || signedIn
        nav =
            showNav
            ? Self.sections.map { section in
                Link(
                    href: section.href, label: section.label,
                    current: section.href == "/"
                        ? path == "/" : path != "/" && (section.href.hasPrefix(path) || path.hasPrefix(section.href)))
            } : []
        self.notice = notice
        self.error = error
    }
}
