using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Services.Orders;
using Nop.Services.Plugins;

namespace Nop.Services.Payments;

public partial class CancelRecurringPaymentRequest
{
    public Order Order { get; set; }
}

public partial class CancelRecurringPaymentResult : BaseNopResult
{
}

public partial class CapturePaymentRequest
{
    public Order Order { get; set; }
}

public partial class CapturePaymentResult : BaseNopResult
{
    public string CaptureTransactionId { get; set; }
    public string CaptureTransactionResult { get; set; }
    public PaymentStatus NewPaymentStatus { get; set; } = PaymentStatus.Pending;
}

public partial interface IPaymentMethod : IPlugin
{
    Task<bool> CanRePostProcessPaymentAsync(Order order);
    Task<CancelRecurringPaymentResult> CancelRecurringPaymentAsync(CancelRecurringPaymentRequest cancelPaymentRequest);
    Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest capturePaymentRequest);
    Task<decimal> GetAdditionalHandlingFeeAsync(IList<ShoppingCartItem> cart);
    Task<ProcessPaymentRequest> GetPaymentInfoAsync(IFormCollection form);
    Task<string> GetPaymentMethodDescriptionAsync();
    Type GetPublicViewComponent();
    Task<bool> HidePaymentMethodAsync(IList<ShoppingCartItem> cart);
    PaymentMethodType PaymentMethodType { get; }
    Task PostProcessPaymentAsync(PostProcessPaymentRequest postProcessPaymentRequest);
    Task<ProcessPaymentResult> ProcessPaymentAsync(ProcessPaymentRequest processPaymentRequest);
    Task<ProcessPaymentResult> ProcessRecurringPaymentAsync(ProcessPaymentRequest processPaymentRequest);
    RecurringPaymentType RecurringPaymentType { get; }
    Task<RefundPaymentResult> RefundAsync(RefundPaymentRequest refundPaymentRequest);
    bool SkipPaymentInfo { get; }
    bool SupportCapture { get; }
    bool SupportPartiallyRefund { get; }
    bool SupportRefund { get; }
    bool SupportVoid { get; }
    Task<IList<string>> ValidatePaymentFormAsync(IFormCollection form);
    Task<VoidPaymentResult> VoidAsync(VoidPaymentRequest voidPaymentRequest);
}

public partial interface IPaymentPluginManager : IPluginManager<IPaymentMethod>
{
    Task<bool> IsPluginActiveAsync(string systemName, Customer customer = null, int storeId = 0);
}

public enum PaymentMethodType
{
    Button = 20,
    Redirection = 15,
    Standard = 10,
}

public partial class PostProcessPaymentRequest
{
    public Order Order { get; set; }
}

public partial class ProcessPaymentRequest
{
    public ProcessPaymentRequest() { CustomValues = new CustomValues(); }
    public CustomValues CustomValues { get; set; }
    public int CustomerId { get; set; }
    public Guid OrderGuid { get; set; }
    public decimal OrderTotal { get; set; }
    public string PaymentMethodSystemName { get; set; }
    public int StoreId { get; set; }
}

public partial class ProcessPaymentResult : BaseNopResult
{
    public string AuthorizationTransactionId { get; set; }
    public string CaptureTransactionId { get; set; }
    public string CaptureTransactionResult { get; set; }
    public PaymentStatus NewPaymentStatus { get; set; } = PaymentStatus.Pending;
}

public enum RecurringPaymentType
{
    Automatic = 20,
    Manual = 10,
    NotSupported = 0,
}

public partial class RefundPaymentRequest
{
    public decimal AmountToRefund { get; set; }
    public bool IsPartialRefund { get; set; }
    public Order Order { get; set; }
}

public partial class RefundPaymentResult : BaseNopResult
{
    public PaymentStatus NewPaymentStatus { get; set; } = PaymentStatus.Pending;
}

public partial class VoidPaymentRequest
{
    public Order Order { get; set; }
}

public partial class VoidPaymentResult : BaseNopResult
{
    public PaymentStatus NewPaymentStatus { get; set; } = PaymentStatus.Pending;
}
