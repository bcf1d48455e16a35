using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Contract;

/// <summary>
/// Checkout sessions a Saudi sandbox accepts: the after-sale tests' SAR order (adding up by Tamara's formula), with its own
/// contract-… reference and https merchant URLs a real Tamara takes.
/// </summary>
public static class ContractSessions
{
    public static CheckoutSessionRequest Sar()
    {
        var request = AfterSaleOrder.Sar().CheckoutSession();
        request.OrderReferenceId = $"contract-{Guid.NewGuid():N}";
        request.Description = "nopCommerce Tamara plugin contract test";
        request.MerchantUrl = new MerchantUrl
        {
            Success = "https://store.example/tamara/success",
            Failure = "https://store.example/tamara/failure",
            Cancel = "https://store.example/tamara/cancel",
            Notification = "https://store.example/tamara/webhook"
        };
        return request;
    }
}
