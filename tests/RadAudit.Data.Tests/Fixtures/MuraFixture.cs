using System.Text;
using RadAudit.Imaging;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Fixtures;

/// <summary>
/// A tiny MURA-v1.1 tree in a temporary folder: PNGs written with <see cref="ImageCodec"/> (each a different
/// shade, so order mix-ups show) and the four CSVs, optionally with the quirks real copies have.
/// </summary>
public sealed class MuraFixture : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private MuraFixture()
    {
    }

    /// <summary>The folder holding MURA-v1.1/.</summary>
    public string Root => _folder.Path;

    /// <summary>The MURA-v1.1 folder.</summary>
    public string MuraFolder => Path.Combine(Root, "MURA-v1.1");

    /// <summary>The default fixture: 2 body parts, 4 train patients, 2 valid patients, 22 images.</summary>
    public static IReadOnlyList<FixtureStudy> DefaultStudies { get; } =
    [
        new("train", "XR_WRIST", 1, 1, 1, 3),
        new("train", "XR_WRIST", 2, 1, 0, 2),
        new("train", "XR_WRIST", 3, 1, 0, 2),
        new("train", "XR_ELBOW", 1, 2, 0, 2),
        new("train", "XR_ELBOW", 4, 1, 1, 3),
        new("train", "XR_ELBOW", 4, 2, 1, 2),
        new("valid", "XR_WRIST", 11, 1, 1, 2),
        new("valid", "XR_ELBOW", 12, 1, 0, 3),
        new("valid", "XR_ELBOW", 12, 2, 1, 3),
    ];

    /// <summary>Writes the fixture.</summary>
    /// <param name="studies">The studies (default <see cref="DefaultStudies"/>).</param>
    /// <param name="crlf">Windows line endings in the CSVs.</param>
    /// <param name="trailingSlash">Whether study rows end with '/' (MURA's do).</param>
    /// <param name="studyLabel">Overrides the CSV label of a study (to create folder/CSV disagreements).</param>
    public static MuraFixture Create(IReadOnlyList<FixtureStudy>? studies = null, bool crlf = false, bool trailingSlash = true,
        Func<FixtureStudy, int?>? studyLabel = null)
    {
        var fixture = new MuraFixture();
        studies ??= DefaultStudies;
        string newline = crlf ? "\r\n" : "\n";
        int shade = 0;
        foreach (string split in new[] { "train", "valid" })
        {
            var images = new StringBuilder();
            var labels = new StringBuilder();
            foreach (FixtureStudy study in studies.Where(study => study.Split == split))
            {
                for (int image = 1; image <= study.Images; image++)
                {
                    string path = $"{study.Folder}image{image}.png";
                    fixture._folder.WriteBytes(path, Png(10 + image, 8 + shade % 5, (shade++ % 50) / 50f));
                    images.Append(path).Append(newline);
                }
                string folder = trailingSlash ? study.Folder : study.Folder.TrimEnd('/');
                labels.Append(folder).Append(',').Append(studyLabel?.Invoke(study) ?? study.Label).Append(newline);
            }
            fixture._folder.WriteText($"MURA-v1.1/{split}_image_paths.csv", images.ToString());
            fixture._folder.WriteText($"MURA-v1.1/{split}_labeled_studies.csv", labels.ToString());
        }
        return fixture;
    }

    /// <summary>A small gray PNG of the given shade with a bright corner pixel.</summary>
    public static byte[] Png(int width, int height, float shade)
    {
        var image = new GrayImage(width, height);
        Array.Fill(image.Pixels, shade);
        image[0, 0] = 1f;
        return ImageCodec.EncodeGrayPng(image);
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
