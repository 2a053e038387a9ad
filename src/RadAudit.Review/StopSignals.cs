using System.Runtime.InteropServices;

namespace RadAudit.Review;

/// <summary>
/// Turns Ctrl-C (SIGINT), SIGTERM and SIGQUIT into a cancellation, instead of the runtime's immediate exit, so a
/// stopped review closes its server and writes <c>--out</c> a last time. Dispose to restore the default handling.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration[] _registrations;

    private StopSignals(CancellationToken outer)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true; // keep the process alive until the review has shut down
                _stop.Cancel();
            }))];
    }

    /// <summary>Fires on the first stop signal, or when <see cref="Listen"/>'s token does.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Starts listening; the token also fires with <paramref name="outer"/>.</summary>
    public static StopSignals Listen(CancellationToken outer) => new(outer);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }
}
