using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Markers;

namespace RadAudit.Synthetic.Planning;

/// <summary>Everything decided about one image before it is drawn; the image itself follows from this and the seed.</summary>
/// <param name="Index">0-based position over both splits; with the data-set seed it seeds the image's own random stream.</param>
/// <param name="Split">train or valid.</param>
/// <param name="Path">Relative path as written to *_image_paths.csv (starts MURA-v1.1/).</param>
/// <param name="Study">Study folder path with trailing slash, as in *_labeled_studies.csv.</param>
/// <param name="Patient">Patient folder name, e.g. patient00012.</param>
/// <param name="BodyPart">MURA study type.</param>
/// <param name="Label">1 abnormal, 0 normal (the study's label).</param>
/// <param name="ViewIndex">1-based image number in the study.</param>
/// <param name="Laterality">'L' or 'R' (the study's side).</param>
/// <param name="Technologist">Who marked the study.</param>
/// <param name="Finding">The study's abnormality (abnormal studies only).</param>
/// <param name="SavedAsRgb">True for the few images saved as RGB PNGs, as in MURA.</param>
public sealed record ImagePlan(
    int Index,
    string Split,
    string Path,
    string Study,
    string Patient,
    string BodyPart,
    int Label,
    int ViewIndex,
    char Laterality,
    TechnologistStyle Technologist,
    FindingKind? Finding,
    bool SavedAsRgb);
