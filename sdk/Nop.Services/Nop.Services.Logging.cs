using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Logging;

namespace Nop.Services.Logging;

public partial interface ILogger
{
    Task ErrorAsync(string message, Exception exception = null, Customer customer = null);
    void Information(string message, Exception exception = null, Customer customer = null);
    Task InformationAsync(string message, Exception exception = null, Customer customer = null);
    Task InsertLogAsync(LogLevel logLevel, string shortMessage, string fullMessage = "", Customer customer = null);
    bool IsEnabled(LogLevel level);
    Task WarningAsync(string message, Exception exception = null, Customer customer = null);
}
