using System.CommandLine;
using System.Diagnostics;
using RadAudit.Audit;
using RadAudit.Audit.RunFolder;

namespace RadAudit.Cli.Supervision;

/// <summary>
/// Runs a verb that executes native numerical code in a child process of the same build and turns a native crash
/// (SIGFPE, SIGSEGV, …, which no handler inside the dying process can report) into one line naming the cause and
/// the way out (issue #16). In an audit, the job that died is recorded as crashed and the audit goes on with the
/// others; a later invocation retries it.
/// </summary>
internal static class Supervisor
{
    /// <summary>Set to "off" to run verbs in this process (native crashes then end it without a message).</summary>
    public const string SwitchVariable = "RADAUDIT_SUPERVISE";

    /// <summary>Names one supervisor's session, so an audit skips only the jobs that crashed in it.</summary>
    public const string SessionVariable = "RADAUDIT_SUPERVISOR_SESSION";

    // An audit has at most a few dozen jobs; a crash per job is the most a session can see.
    private const int MostRestarts = 64;

    /// <summary>
    /// Whether <paramref name="args"/> name a verb that runs models and this process should supervise it. The arguments
    /// are parsed as the child will parse them, so a sub-verb (`markers detect`, `markers train-detector`) is judged by
    /// itself and its options, not by the first word.
    /// </summary>
    public static bool ShouldSupervise(string[] args)
    {
        if (!OperatingSystem.IsLinux() || SelfProcess.IsChild || Environment.GetEnvironmentVariable(SwitchVariable) == "off") return false;
        if (args.Any(argument => argument is "-h" or "--help" or "-?")) return false;
        ParseResult parse = CommandLineApp.Build().Parse(args);
        return parse.Errors.Count == 0 && CommandLineApp.RunsModels(parse) && parse.CommandResult.Command.Name != "info";
    }

    /// <summary>Runs <c>radaudit <paramref name="args"/></c> in a child until it ends by itself; returns its exit code.</summary>
    public static int Run(string[] args, TextWriter error)
    {
        string verb = CommandLineApp.CommandPath(CommandLineApp.Build().Parse(args));
        string session = Guid.NewGuid().ToString("N")[..12];
        string notePath = Path.Combine(Path.GetTempPath(), $"radaudit-crash-note-{Environment.ProcessId}-{session}.json");
        using var signals = new SignalForwarding();
        try
        {
            for (int restart = 0; ; restart++)
            {
                ProcessStartInfo start = SelfProcess.StartInfo(args, redirect: false);
                start.Environment[CrashNote.PathVariable] = notePath;
                start.Environment[SessionVariable] = session;
                using Process child = Process.Start(start) ?? throw new InvalidOperationException("could not start the radaudit child process");
                signals.Track(child);
                child.WaitForExit();
                if (NativeCrash.SignalOf(child.ExitCode) is not int signal) return child.ExitCode;
                CrashNote.Note? note = CrashNote.Read(notePath);
                if (NativeCrash.IsFault(signal) && note?.JobFolder is string folder && restart < MostRestarts)
                {
                    AuditRunFolder.RecordCrash(folder, NativeCrash.Describe(signal), note.Stage, session);
                    error.WriteLine($"radaudit: audit job {note.JobId} died with {NativeCrash.Describe(signal)} inside native code" +
                        $"{While(note)}; recorded in {Path.Combine(folder, AuditRunFolder.CrashedMarker)}. Continuing with the other jobs.");
                    File.Delete(notePath);
                    continue;
                }
                error.WriteLine(CrashMessage(verb, signal, note));
                return CommandLineApp.Failure;
            }
        }
        finally
        {
            File.Delete(notePath);
        }
    }

    /// <summary>The one line a native crash of <paramref name="verb"/> ends with.</summary>
    public static string CrashMessage(string verb, int signal, CrashNote.Note? note)
    {
        string cause = NativeCrash.Describe(signal);
        if (signal == 9)
            return $"radaudit: {verb} was killed ({cause}){While(note)}. If the machine ran out of memory (see `dmesg`), lower --batch-size, " +
                "--image-size or --workers; finished work is kept and a rerun resumes.";
        if (!NativeCrash.IsFault(signal))
            return $"radaudit: {verb} ended by {cause}{While(note)}; finished work is kept and a rerun resumes.";
        string resume = verb is "train" ? "rerun with --resume (the last checkpoint is kept)" : "rerun the same command (finished work is reused)";
        return $"radaudit: {verb} died with {cause} inside native code (libtorch/oneDNN){While(note)}. This is a crash of the numerical " +
            $"library on this machine, not a problem of your data: run `radaudit doctor`, which finds a configuration that computes correctly " +
            $"here and makes RadAudit use it, then {resume}.";
    }

    /// <summary>The audit hooks of a supervised child: skip the jobs that crashed in its supervisor's session, and
    /// note the job in progress for the supervisor (nothing happens in an unsupervised process).</summary>
    public static AuditHooks Hooks() => new(Environment.GetEnvironmentVariable(SessionVariable), (job, folder) => CrashNote.Job(folder, job?.Id));

    private static string While(CrashNote.Note? note) => note?.Stage is string stage ? $" while at \"{stage}\"" : "";
}
