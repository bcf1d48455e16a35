using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Stores;
using NopAddress = Nop.Core.Domain.Common.Address;
using TamaraAddress = Nop.Plugin.Payments.Tamara.Api.Models.Address;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Builds the Tamara checkout session request from a placed nopCommerce order
/// </summary>
public class TamaraCheckoutRequestBuilder
{
    #region Fields

    private readonly IAddressService _addressService;
    private readonly ICountryService _countryService;
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly IOrderService _orderService;
    private readonly IStateProvinceService _stateProvinceService;
    private readonly IStoreService _storeService;
    private readonly IWorkContext _workContext;
    private readonly TamaraItemBuilder _itemBuilder;
    private readonly TamaraRiskAssessmentBuilder _riskAssessmentBuilder;

    #endregion

    #region Ctor

    public TamaraCheckoutRequestBuilder(IAddressService addressService,
        ICountryService countryService,
        ICustomerService customerService,
        ILocalizationService localizationService,
        IOrderService orderService,
        IStateProvinceService stateProvinceService,
        IStoreService storeService,
        IWorkContext workContext,
        TamaraItemBuilder itemBuilder,
        TamaraRiskAssessmentBuilder riskAssessmentBuilder)
    {
        _addressService = addressService;
        _countryService = countryService;
        _customerService = customerService;
        _localizationService = localizationService;
        _orderService = orderService;
        _stateProvinceService = stateProvinceService;
        _storeService = storeService;
        _workContext = workContext;
        _itemBuilder = itemBuilder;
        _riskAssessmentBuilder = riskAssessmentBuilder;
    }

    #endregion

    #region Utilities

    private async Task<(TamaraAddress Address, NopAddress Source)?> PrepareAddressAsync(int? addressId)
    {
        if (addressId is not > 0)
            return null;

        var address = await _addressService.GetAddressByIdAsync(addressId.Value);
        if (address is null)
            return null;

        var country = address.CountryId is > 0 ? await _countryService.GetCountryByIdAsync(address.CountryId.Value) : null;
        var state = address.StateProvinceId is > 0 ? await _stateProvinceService.GetStateProvinceByIdAsync(address.StateProvinceId.Value) : null;
        var countryCode = country?.TwoLetterIsoCode;

        return (new TamaraAddress
        {
            FirstName = address.FirstName,
            LastName = address.LastName,
            Line1 = address.Address1,
            Line2 = address.Address2,
            Region = state?.Name ?? address.County,
            PostalCode = address.ZipPostalCode,
            City = address.City,
            CountryCode = countryCode,
            PhoneNumber = TamaraPhoneNumber.Normalize(address.PhoneNumber, countryCode)
        }, address);
    }

    private static Money ToMoney(decimal amount, string currencyCode) => new(amount, currencyCode);

    private static MerchantUrl PrepareMerchantUrl(Store store)
    {
        return new MerchantUrl
        {
            Success = TamaraStoreUrl.GetAbsoluteUrl(store, TamaraDefaults.RoutePath.Success),
            Failure = TamaraStoreUrl.GetAbsoluteUrl(store, TamaraDefaults.RoutePath.Failure),
            Cancel = TamaraStoreUrl.GetAbsoluteUrl(store, TamaraDefaults.RoutePath.Cancel),
            Notification = TamaraStoreUrl.GetAbsoluteUrl(store, TamaraDefaults.RoutePath.Webhook)
        };
    }

    #endregion

    #region Methods

    /// <summary>
    /// Builds the checkout session request of an order
    /// </summary>
    /// <param name="order">Placed order</param>
    /// <param name="settings">Settings of the order's store</param>
    /// <param name="plan">Plan the shopper chose, or null to let the shopper choose at Tamara</param>
    /// <param name="isMobile">Whether the shopper uses a mobile device</param>
    /// <returns>A task whose result is the request</returns>
    /// <exception cref="NopException">The order cannot be paid with Tamara (no Tamara country for its currency)</exception>
    public async Task<CheckoutSessionRequest> BuildAsync(Order order, TamaraSettings settings, TamaraPlan? plan, bool isMobile)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(settings);

        var store = await _storeService.GetStoreByIdAsync(order.StoreId)
            ?? throw new NopException($"Store {order.StoreId} of order {order.Id} is not found");
        var customer = await _customerService.GetCustomerByIdAsync(order.CustomerId)
            ?? throw new NopException($"Customer {order.CustomerId} of order {order.Id} is not found");
        var language = await _workContext.GetWorkingLanguageAsync();

        var orderItems = await _orderService.GetOrderItemsAsync(order.Id);
        var amounts = TamaraAmountCalculator.Calculate(order, orderItems);
        var currency = amounts.CurrencyCode;

        var billing = await PrepareAddressAsync(order.BillingAddressId);
        var shipping = await PrepareAddressAsync(order.ShippingAddressId ?? order.PickupAddressId) ?? billing;

        var countryCode = TamaraCountry.Resolve(currency, new[] { billing?.Address.CountryCode, shipping?.Address.CountryCode }.Concat(settings.AllowedCountries))
            ?? throw new NopException($"Tamara does not take {currency} in the allowed countries");

        var discountName = await _localizationService.GetResourceAsync($"{TamaraDefaults.ResourcePrefix}Discount");
        var description = string.Format(await _localizationService.GetResourceAsync($"{TamaraDefaults.ResourcePrefix}OrderDescription"),
            order.CustomOrderNumber, store.Name);

        return new CheckoutSessionRequest
        {
            TotalAmount = ToMoney(amounts.TotalAmount, currency),
            ShippingAmount = ToMoney(amounts.ShippingAmount, currency),
            TaxAmount = ToMoney(amounts.TaxAmount, currency),
            OrderReferenceId = TamaraOrderStateService.GetOrderReferenceId(order),
            OrderNumber = string.IsNullOrEmpty(order.CustomOrderNumber) ? order.Id.ToString() : order.CustomOrderNumber,
            Discount = amounts.DiscountAmount > decimal.Zero ? new Discount { Name = discountName, Amount = ToMoney(amounts.DiscountAmount, currency) } : null,
            Items = await _itemBuilder.BuildAsync(orderItems, amounts, language.Id),
            Consumer = new Consumer
            {
                Email = string.IsNullOrWhiteSpace(billing?.Source.Email) ? customer.Email : billing.Value.Source.Email,
                FirstName = billing?.Address.FirstName ?? customer.FirstName,
                LastName = billing?.Address.LastName ?? customer.LastName,
                PhoneNumber = billing?.Address.PhoneNumber ?? TamaraPhoneNumber.Normalize(customer.Phone, countryCode)
            },
            CountryCode = countryCode,
            Description = description.Length > 256 ? description[..256] : description,
            MerchantUrl = PrepareMerchantUrl(store),
            PaymentType = plan?.PaymentType,
            Instalments = plan?.PaymentType == TamaraPaymentType.PayByInstalments ? plan.Instalments : null,
            BillingAddress = billing?.Address,
            ShippingAddress = shipping?.Address,
            Platform = TamaraDefaults.Platform,
            IsMobile = isMobile,
            Locale = TamaraLanguage.IsArabic(language) ? TamaraLocale.Arabic : TamaraLocale.English,
            ExpiresInMinutes = settings.CheckoutExpiryMinutes > 0 ? settings.CheckoutExpiryMinutes : null,
            RiskAssessment = settings.SendRiskAssessment ? await _riskAssessmentBuilder.BuildAsync(order, customer) : null
        };
    }

    #endregion
}
