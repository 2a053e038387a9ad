using RadAudit.Data.Sets;

namespace RadAudit.Cli.Options;

/// <summary>The data a verb works on, as <see cref="DataOptions.OpenValidated"/> left it, and the whole data set the
/// options name.</summary>
/// <param name="Data">The images the verb uses: <c>--split</c> kept, and with <c>--skip-bad</c> without the images the
/// gate names.</param>
/// <param name="Named">Every image of the data set, in every split, before skipping: label boxes are checked against
/// these, so a box on an image of another split or on a skipped image is not taken for a misspelled path.</param>
public sealed record ValidatedData(ImageDataSet Data, ImageDataSet Named);
