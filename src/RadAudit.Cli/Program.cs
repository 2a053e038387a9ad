using RadAudit.Cli;
using RadAudit.Cli.Supervision;

// Verbs that run native numerical code run in a supervised child, so a native crash ends with a message (issue #16).
return Supervisor.ShouldSupervise(args) ? Supervisor.Run(args, Console.Error) : CommandLineApp.Run(args);
