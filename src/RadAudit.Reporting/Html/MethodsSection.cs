using System.Text;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Html;

/// <summary>The methods paragraph and its numbered references.</summary>
internal static class MethodsSection
{
    public static void Write(StringBuilder html, AuditResults results)
    {
        html.Append("<section id=\"methods\"><h2>Methods</h2><div class=\"methods\">");
        foreach (string paragraph in MethodsText.Paragraphs(results))
            html.Append("<p>").Append(Html.Escape(paragraph)).Append("</p>");
        html.Append("</div><h3>References</h3><ol class=\"references\">");
        foreach (string reference in MethodsText.References)
            html.Append("<li>").Append(Html.Escape(reference)).Append("</li>");
        html.Append("</ol></section>\n");
    }
}
