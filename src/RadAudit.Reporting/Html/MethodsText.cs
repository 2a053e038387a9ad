using System.Globalization;
using RadAudit.Core;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Html;

/// <summary>
/// A methods paragraph a paper could cite, written from the audit's own configuration (so it never describes a
/// run that did not happen), and the references it cites.
/// </summary>
public static class MethodsText
{
    /// <summary>The works the methods text cites, in citation order.</summary>
    public static IReadOnlyList<string> References { get; } =
    [
        "Yi PH, Kim TK, Yu AC, Bennett B, Eng J, Lin CT. Deep learning algorithms for interpretation of upper extremity radiographs: laterality and technologist initial labels as confounding factors. AJR Am J Roentgenol. 2021. doi:10.2214/AJR.21.26882",
        "DeLong ER, DeLong DM, Clarke-Pearson DL. Comparing the areas under two or more correlated receiver operating characteristic curves: a nonparametric approach. Biometrics. 1988;44(3):837–845.",
        "Sun X, Xu W. Fast implementation of DeLong's algorithm for comparing the areas under correlated receiver operating characteristic curves. IEEE Signal Process Lett. 2014;21(11):1389–1393.",
        "Efron B, Tibshirani RJ. An Introduction to the Bootstrap. Chapman & Hall; 1993.",
        "Selvaraju RR, Cogswell M, Das A, Vedantam R, Parikh D, Batra D. Grad-CAM: visual explanations from deep networks via gradient-based localization. ICCV. 2017:618–626.",
        "Cohen J. A coefficient of agreement for nominal scales. Educ Psychol Meas. 1960;20(1):37–46.",
    ];

    /// <summary>The methods text as paragraphs (plain text; the report escapes it).</summary>
    public static IReadOnlyList<string> Paragraphs(AuditResults results)
    {
        AuditConfig config = results.Config;
        return [Training(config, results.Markers), Evaluation(config), Saliency(config, results.Saliency.Count > 0)];
    }

    private static string Training(AuditConfig config, MarkerSummary markers)
    {
        string conditions = string.Join("; ", config.Conditions.Select(Describe));
        string boxes = markers.Source == MarkerSummary.Detected
            ? "detected automatically by RadAudit's burned-in label detector"
            : "supplied as a bounding-box file";
        string seeds = config.Seeds.Count == 1
            ? $"seed {config.Seeds[0]}"
            : $"{config.Seeds.Count} seeds ({string.Join(", ", config.Seeds)}), one model per condition and seed";
        return $"Following Yi et al. [1], we trained {Count(config.Conditions.Count)} groups of {config.Architecture} classifiers " +
               $"({StartingWeights.Describe(config.Pretrained)}) to label radiographs as normal or abnormal, " +
               $"using {Count(config.TrainImages)} training images ({Count(config.TrainStudies)} studies) of the {DataName(config.DataKind)} data set, " +
               $"resized to {config.ImageSize} × {config.ImageSize} pixels, for {config.Epochs} epochs with Adam (learning rate " +
               $"{config.LearningRate.ToString("G4", CultureInfo.InvariantCulture)}, batch size {config.BatchSize}) and {seeds}. " +
               $"Conditions differed only in their input: {conditions}. Burned-in label regions were {boxes}; " +
               $"{Count(markers.ImagesWithLabels)} images had at least one label and {Count(markers.ImagesWithoutLabels)} had none" +
               (markers.ImagesReviewed is int reviewed ? $"; a person reviewed the boxes of {Count(reviewed)} images and corrected them where needed." : ".");
    }

    private static string Evaluation(AuditConfig config)
    {
        string bootstrap = config.BootstrapResamples > 0
            ? $", and with a paired percentile bootstrap over studies ({Count(config.BootstrapResamples)} resamples) [4]"
            : "";
        return $"All models were evaluated on the same {Count(config.ValidImages)} validation images ({Count(config.ValidStudies)} studies). " +
               "We report the image-level area under the ROC curve (AUC) with 95% confidence intervals from DeLong's method [2], computed with " +
               "the fast algorithm of Sun and Xu [3], and the study-level AUC, Cohen's kappa [6], sensitivity and specificity, scoring each study by the mean " +
               $"of its images' probabilities with a threshold of 0.5. Paired AUC differences between conditions were tested with DeLong's test{bootstrap}. " +
               "The labels-only model was compared with chance (AUC 0.5) through its confidence interval; an interval that excludes 0.5 shows that the " +
               "labels alone carry diagnostic information.";
    }

    private static string Saliency(AuditConfig config, bool computed) => computed
        ? $"Saliency was computed with Grad-CAM [5] on a fixed sample of {Count(config.SaliencyImages)} validation images for every condition. " +
          "For each map we measured the share of its energy inside the label boxes, that share divided by the share of the image the boxes cover " +
          "(enrichment; 1 means no preference), and whether the map's peak fell inside a box."
        : "Saliency maps were not computed in this audit.";

    private static string Describe(string condition) => Condition.Find(condition)?.Method ?? condition;

    private static string DataName(string kind) => kind switch
    {
        "mura" => "MURA v1.1",
        "synthetic" => "RadAudit synthetic",
        _ => kind,
    };

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
