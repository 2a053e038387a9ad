using System.Net;
using System.Text;

namespace RadAudit.Reporting.Html;

/// <summary>Small helpers for writing HTML safely: everything that comes from data goes through <see cref="Escape"/>.</summary>
public static class Html
{
    /// <summary>Escapes text for element content and quoted attribute values (&amp; &lt; &gt; " ').</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A data URI for PNG bytes, so the report needs no files beside it.</summary>
    public static string PngDataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    /// <summary>An escaped table cell.</summary>
    public static string Cell(string? text, string? cssClass = null) =>
        cssClass is null ? $"<td>{Escape(text)}</td>" : $"<td class=\"{cssClass}\">{Escape(text)}</td>";

    /// <summary>An escaped header cell.</summary>
    public static string HeaderCell(string text) => $"<th>{Escape(text)}</th>";

    /// <summary>Appends an escaped definition-list entry; <paramref name="asCode"/> sets the value in monospace.</summary>
    public static void Fact(StringBuilder html, string term, string value, bool asCode = false) =>
        html.Append("<dt>").Append(Escape(term)).Append("</dt><dd>")
            .Append(asCode ? "<code>" : "").Append(Escape(value)).Append(asCode ? "</code>" : "").Append("</dd>");
}
