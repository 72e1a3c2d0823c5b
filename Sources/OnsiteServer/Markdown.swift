import CCmarkGFM

#if canImport(Glibc)
import Glibc
#endif

/// Markdown to HTML with cmark-gfm: CommonMark plus tables, strikethrough and autolinks.
///
/// Raw HTML in the source is dropped (cmark's safe mode), so content packs cannot inject markup.
enum Markdown {
    static func html(_ source: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        let length = source.utf8.count
        source.withCString { cmark_parser_feed(parser, $0, length) }
        let document = cmark_parser_finish(parser)!
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser))
        else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
