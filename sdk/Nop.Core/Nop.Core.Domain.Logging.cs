namespace Nop.Core.Domain.Logging;

public enum LogLevel
{
    Debug = 10,
    Error = 40,
    Fatal = 50,
    Information = 20,
    Warning = 30,
}
