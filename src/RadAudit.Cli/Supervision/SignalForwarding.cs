using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RadAudit.Cli.Supervision;

/// <summary>Keeps a supervisor alive and its child informed while the child runs: Ctrl-C reaches the child through
/// the terminal's process group, so the supervisor only waits; SIGTERM and SIGQUIT sent to the supervisor are
/// passed on to the child.</summary>
internal sealed class SignalForwarding : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;
    private Process? _child;

    /// <summary>Starts intercepting the signals.</summary>
    public SignalForwarding()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Forward(context, 15)),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, context => Forward(context, 3)),
        ];
    }

    /// <summary>The child signals go to.</summary>
    public void Track(Process child) => _child = child;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in _registrations) registration.Dispose();
    }

    private void Forward(PosixSignalContext context, int signal)
    {
        context.Cancel = true;
        if (_child is { HasExited: false } child) _ = SendSignal(child.Id, signal);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int processId, int signal);
}
