namespace RadAudit.Reporting.Results.Probes;

/// <summary>
/// What probing one trained model found, with no retraining (issue #20): its AUC under test-time masking, how it
/// follows swapped labels, and where its saliency falls with the checks that make that evidence. <c>radaudit
/// audit-model</c> writes these at the top of its results.json; the full audit under <c>model_probes</c> for its
/// original-image model.
/// </summary>
/// <param name="Model">The model probed.</param>
/// <param name="TestTime">Predictions on original, label-covered, random-cover and labels-only inputs, compared.</param>
/// <param name="Counterfactual">The marker swap.</param>
/// <param name="Saliency">Label attention, the randomisation sanity check and the deletion curve.</param>
public sealed record ModelProbeResults(
    ProbedModel Model,
    TestTimeResults TestTime,
    CounterfactualResults Counterfactual,
    ModelSaliencyResults Saliency);
