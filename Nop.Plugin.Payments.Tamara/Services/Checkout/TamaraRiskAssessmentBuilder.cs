using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Customers;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Describes the shopper's history with the store for Tamara's risk_assessment
/// </summary>
public class TamaraRiskAssessmentBuilder
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly IOrderService _orderService;

    #endregion

    #region Ctor

    public TamaraRiskAssessmentBuilder(ICustomerService customerService,
        IOrderService orderService)
    {
        _customerService = customerService;
        _orderService = orderService;
    }

    #endregion

    #region Utilities

    private static DateOnly ToDate(DateTime dateTimeUtc) => DateOnly.FromDateTime(dateTimeUtc);

    private static string? ToGender(string? gender) => gender?.Trim().ToUpperInvariant() switch
    {
        "M" => "Male",
        "F" => "Female",
        _ => null
    };

    #endregion

    #region Methods

    /// <summary>
    /// Builds the risk assessment of the shopper placing an order
    /// </summary>
    /// <param name="order">Order being paid (left out of the history)</param>
    /// <param name="customer">Customer who placed it</param>
    /// <returns>A task whose result is the risk assessment; amounts are in the order's currency</returns>
    public async Task<RiskAssessment> BuildAsync(Order order, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(customer);

        var isGuest = await _customerService.IsGuestAsync(customer);
        var history = (await _orderService.SearchOrdersAsync(customerId: customer.Id))
            .Where(previous => previous.Id != order.Id && !previous.Deleted && previous.OrderStatus != OrderStatus.Cancelled)
            .OrderBy(previous => previous.CreatedOnUtc)
            .ToList();
        var paid = history
            .Where(previous => previous.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded)
            .ToList();
        var lastThreeMonths = paid.Where(previous => previous.CreatedOnUtc >= order.CreatedOnUtc.AddMonths(-3)).ToList();
        var last = history.LastOrDefault();

        return new RiskAssessment
        {
            CustomerDateOfBirth = customer.DateOfBirth is DateTime dateOfBirth ? ToDate(dateOfBirth) : null,
            CustomerGender = ToGender(customer.Gender),
            IsGuestUser = isGuest,
            IsExistingCustomer = history.Count > 0,
            AccountCreationDate = isGuest ? null : ToDate(customer.CreatedOnUtc),
            DateOfFirstTransaction = history.Count > 0 ? ToDate(history[0].CreatedOnUtc) : null,
            HasDeliveredOrder = history.Any(previous => previous.ShippingStatus == ShippingStatus.Delivered),
            TotalOrderCount = history.Count,
            TotalLifetimeValue = TamaraAmountCalculator.ToCustomerCurrency(order, paid.Sum(previous => previous.OrderTotal)),
            OrderCountLast3Months = lastThreeMonths.Count,
            OrderAmountLast3Months = TamaraAmountCalculator.ToCustomerCurrency(order, lastThreeMonths.Sum(previous => previous.OrderTotal)),
            LastOrderDate = last is null ? null : ToDate(last.CreatedOnUtc),
            LastOrderAmount = last is null ? null : TamaraAmountCalculator.ToCustomerCurrency(order, last.OrderTotal)
        };
    }

    #endregion
}
