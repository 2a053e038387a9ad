using System.Text;

namespace RadAudit.Reporting.Html;

/// <summary>A section at a heading level: a page section (h2) in the model audit's report, a subsection (h3) inside the
/// full audit's report.</summary>
internal static class Heading
{
    public static void Open(StringBuilder html, int level, string id, string title)
    {
        if (level <= 2) html.Append("<section id=\"").Append(Html.Escape(id)).Append("\">");
        html.Append($"<h{level} id=\"").Append(Html.Escape(id + (level <= 2 ? "-title" : ""))).Append("\">").Append(Html.Escape(title)).Append($"</h{level}>");
    }

    public static void Close(StringBuilder html, int level)
    {
        if (level <= 2) html.Append("</section>\n");
    }
}
