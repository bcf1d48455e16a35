using Nop.Core.Domain.Customers;

namespace Nop.Services.Logging;

public partial interface ILogger
{
    Task ErrorAsync(string message, Exception exception = null, Customer customer = null);
    void Information(string message, Exception exception = null, Customer customer = null);
    Task WarningAsync(string message, Exception exception = null, Customer customer = null);
}
