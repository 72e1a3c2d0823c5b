"""Shipping quotes for the checkout page. Prices are in cents."""

import math


def quote(carrier, weight_kg, zone, express=False, insured_value=0):
    """Return the price in cents of shipping a parcel of `weight_kg` to `zone`."""
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    if insured_value < 0:
        raise ValueError("insured value cannot be negative")
    kg = math.ceil(weight_kg)
    if carrier == "postal":
        if weight_kg > 20:
            raise ValueError("too heavy for postal")
        if zone == "domestic":
            price = 450 + 120 * kg
        elif zone == "eu":
            price = 900 + 250 * kg
        elif zone == "world":
            price = 1600 + 480 * kg
        else:
            raise ValueError("unknown zone " + str(zone))
        if express:
            price = price * 3 // 2
        if insured_value > 0:
            fee = insured_value * 10 // 1000
            if fee < 100:
                fee = 100
            price = price + fee
        return price
    elif carrier == "courier":
        if weight_kg > 70:
            raise ValueError("too heavy for courier")
        if zone == "domestic":
            price = 800 + 150 * kg
        elif zone == "eu":
            price = 1500 + 300 * kg
        elif zone == "world":
            price = 3000 + 600 * kg
        else:
            raise ValueError("unknown zone " + str(zone))
        if express:
            price = price + 1200
        if insured_value > 0:
            fee = insured_value * 5 // 1000
            if fee < 200:
                fee = 200
            price = price + fee
        return price
    elif carrier == "freight":
        if weight_kg > 1000:
            raise ValueError("too heavy for freight")
        if weight_kg < 30:
            raise ValueError("freight starts at 30 kg")
        if zone == "domestic":
            price = 5000 + 60 * kg
        elif zone == "eu":
            price = 9000 + 90 * kg
        else:
            raise ValueError("freight does not ship to " + str(zone))
        if express:
            raise ValueError("freight has no express service")
        if insured_value > 0:
            fee = insured_value * 3 // 1000
            if fee < 1000:
                fee = 1000
            price = price + fee
        return price
    else:
        raise ValueError("unknown carrier " + str(carrier))
