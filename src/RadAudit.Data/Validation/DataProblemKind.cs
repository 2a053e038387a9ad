namespace RadAudit.Data.Validation;

/// <summary>Every kind of problem validation names; <see cref="DataProblemCodes"/> spells each for JSON and logs.</summary>
public enum DataProblemKind
{
    /// <summary>The file named by the data set does not exist.</summary>
    MissingFile,

    /// <summary>The file is empty.</summary>
    ZeroByteFile,

    /// <summary>Not a PNG/JPEG image (random bytes, another format).</summary>
    UnreadableImage,

    /// <summary>Header fine, pixel data cut short or corrupt.</summary>
    TruncatedImage,

    /// <summary>Header claims more pixels than the cap (decompression-bomb guard).</summary>
    ImageTooLarge,

    /// <summary>The path leaves the data root: <c>../</c>, absolute, or a symlink pointing outside.</summary>
    PathEscapesRoot,

    /// <summary>The same path is listed more than once.</summary>
    DuplicatePath,

    /// <summary>Images of one study (or one path) carry different labels.</summary>
    LabelConflict,

    /// <summary>MURA: the study folder's <c>_positive</c>/<c>_negative</c> suffix disagrees with the study CSV.</summary>
    FolderLabelMismatch,

    /// <summary>MURA: an image's study has no row in the labelled-studies CSV.</summary>
    StudyNotLabelled,

    /// <summary>A patient appears in more than one split (train/valid leakage).</summary>
    PatientLeakage,

    /// <summary>A CSV row that cannot be read (bad label, missing path, malformed MURA path).</summary>
    InvalidRow,

    /// <summary>A labelled study with no images listed (a warning: nothing to load, nothing lost).</summary>
    StudyWithoutImages,

    /// <summary>The path is a named pipe, a device or a socket: never opened (a pipe would hang the reader).</summary>
    NotRegularFile,

    /// <summary>The path is a symbolic link that leads back to itself.</summary>
    SymlinkLoop,

    /// <summary>MURA: one of the image-list CSVs (<c>train_image_paths.csv</c>, <c>valid_image_paths.csv</c>) is
    /// missing, so its split is empty.</summary>
    MissingIndexFile,
}
