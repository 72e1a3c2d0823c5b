import Foundation
import Hummingbird
import OnsiteTemplates
import Synchronization

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
    /// The navigation's HTML with each section current, rendered once: it is the same on every
    /// page of a section, and rendering it per page cost more than the rest of the chrome.
    private let navigations: [String: String]
    /// The skeletons of pages rendered with ``render(_:title:_:context:section:keptAs:slots:)``;
    /// `nil` when every page is rendered in full.
    private let skeletons: Skeletons?

    init(library: TemplateLibrary, multiUser: Bool, keepsSkeletons: Bool = true) throws(TemplateError) {
        self.library = library
        self.multiUser = multiUser
        self.skeletons = keepsSkeletons ? Skeletons() : nil
        var navigations: [String: String] = [:]
        for section in Chrome.sections {
            navigations[section.href] = try Self.navigation(current: section.href, library: library)
        }
        self.navigations = navigations
    }

    /// Loads every template in the bundle's `Templates` folder.
    static func bundled(multiUser: Bool, keepsSkeletons: Bool = true) async throws -> PageRenderer {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw AppError(.internalServerError, code: "missing-templates", "the server's templates are not installed")
        }
        return try PageRenderer(
            library: try TemplateLibrary(folder: folder), multiUser: multiUser, keepsSkeletons: keepsSkeletons)
    }

    func render(_ template: String, _ page: some Encodable & Sendable) throws -> HTML {
        let tree = try TemplateValueEncoder.encode(page)
        return HTML(body: try rendering { () throws(TemplateError) in try library.render(template, tree) })
    }

    /// What `render` returns; a template's error becomes a 500 that names the template and line.
    private func rendering<T>(_ render: () throws(TemplateError) -> T) throws(AppError) -> T {
        do {
            return try render()
        } catch {
            throw AppError(.internalServerError, code: "template-failed", "the page could not be rendered: \(error)")
        }
    }

    /// Renders `content` as a page titled `title` in the site's chrome, with `section` marked
    /// current in the navigation and `error` (or `notice`) shown above the content.
    func render<Content: Encodable & Sendable>(
        _ template: String, title: String, _ content: Content, context: AppRequestContext, section: String,
        notice: String? = nil, error: String? = nil
    ) throws -> HTML {
        let chrome = try self.chrome(context: context, section: section, notice: notice, error: error)
        return try render(template, Page(title: title, chrome: chrome, content: content))
    }

    /// Renders, as ``render(_:title:_:context:section:notice:error:)`` does, a page that is
    /// the same on every visit but for the visitor's strings: their CSRF token and email, and
    /// `slots` (each the path of a string in the ``Page`` and its value for this visit).
    ///
    /// The first visit for a `key` renders the page with those strings as slots and keeps its
    /// ``Skeleton``; later visits only fill it in, without encoding or rendering anything.
    /// Everything on the page but the slots must therefore follow from `template`, `section`,
    /// whether the visitor is signed in, and `key`, which must come from a finite set (a
    /// question's id), since a skeleton is kept for every key.
    func render<Content: Encodable & Sendable>(
        _ template: String, title: @autoclosure () -> String, _ content: @autoclosure () -> Content,
        context: AppRequestContext, section: String, keptAs key: String, slots: [(path: [String], value: String)]
    ) throws -> HTML {
        guard let skeletons else {
            return try render(template, title: title(), content(), context: context, section: section)
        }
        let strings: [(path: [String], value: String)] =
            [(["chrome", "csrf"], context.csrfToken), (["chrome", "email"], context.visitor?.email ?? "")] + slots
        let signedIn = context.visitor?.isSignedIn ?? false
        let skeleton = try skeletons.skeleton(for: "\(template) \(section) \(signedIn) \(key)") {
            let page = Page(title: title(), chrome: try chrome(context: context, section: section), content: content())
            var tree = try TemplateValueEncoder.encode(page)
            for (index, string) in strings.enumerated() { tree = tree.replacing(string.path, with: .slot(index)) }
            return try rendering { () throws(TemplateError) in try library.skeleton(template, tree) }
        }
        return HTML(body: skeleton.filled(with: strings.map(\.value)))
    }

    /// The chrome of a page of `section`: the navigation only for those who may use it.
    func chrome(
        context: AppRequestContext, section: String, notice: String? = nil, error: String? = nil
    ) throws -> Chrome {
        let signedIn = context.visitor?.isSignedIn ?? false
        let navigation =
            !multiUser || signedIn
            ? try navigations[section] ?? Self.navigation(current: section, library: library) : ""
        return Chrome(
            csrf: context.csrfToken, signedIn: signedIn, email: context.visitor?.email, multiUser: multiUser,
            navigation: navigation, notice: notice, error: error)
    }

    /// `navigation.mustache` with the section of `path` marked current.
    private static func navigation(current path: String, library: TemplateLibrary) throws(TemplateError) -> String {
        let links = Chrome.sections.map { section -> TemplateValue in
            let current =
                section.href == "/"
                ? path == "/" : path != "/" && (section.href.hasPrefix(path) || path.hasPrefix(section.href))
            return .object(["href": .string(section.href), "label": .string(section.label), "current": .bool(current)])
        }
        return try library.render("navigation", .object(["links": .list(links)]))
    }
}

/// The skeletons ``PageRenderer`` keeps, by key.
final class Skeletons: Sendable {
    private let kept = Mutex<[String: Skeleton]>([:])

    /// The skeleton kept for `key`, or the one `make` returns, kept from now on.
    func skeleton(for key: String, make: () throws -> Skeleton) throws -> Skeleton {
        if let skeleton = kept.withLock({ $0[key] }) { return skeleton }
        let skeleton = try make()
        kept.withLock { $0[key] = skeleton }
        return skeleton
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
    var csrf: String
    var signedIn: Bool
    var email: String?
    var multiUser: Bool
    /// The navigation's HTML (empty when hidden), rendered once per section by ``PageRenderer``.
    var navigation: String
    var notice: String?
    var error: String?

    /// The sections of the site, in the order of the navigation.
    static let sections: [(href: String, label: String)] = [
        ("/", "Dashboard"), ("/questions", "Questions"), ("/exercises", "Exercises"), ("/interviews", "Interviews"),
        ("/review", "Review"), ("/plan", "Plan"), ("/history", "History"), ("/tools/resume", "Resume and job"),
        ("/settings", "Settings"),
    ]
}
