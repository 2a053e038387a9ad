namespace RadAudit.Data.Sets;

/// <summary>Which reader produced an <see cref="ImageDataSet"/>.</summary>
public enum DataSetKind
{
    /// <summary>MURA v1.1: <c>{train,valid}_image_paths.csv</c> and <c>{train,valid}_labeled_studies.csv</c>.</summary>
    Mura,

    /// <summary>A manifest CSV with <c>path,label</c> and optional <c>study,patient,body_part,split</c>.</summary>
    Manifest,

    /// <summary>Every PNG/JPEG below a folder, unlabelled.</summary>
    ImageFolder,
}
